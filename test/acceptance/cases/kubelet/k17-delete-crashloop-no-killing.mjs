// Deleting a pod whose only container waits in CrashLoopBackOff: the kubelet kills only containers
// the runtime reports running (ConvertPodStatusToRunningPod), so there is no Killing event.
export default {
  id: 'kubelet/delete-crashloop-no-killing',
  source: 'pkg/kubelet/container/helpers.go ConvertPodStatusToRunningPod (skips non-running containers); kuberuntime_container.go killContainersWithSyncResult (a Killing event per running container)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 3m
  timeline:
  - {at: 45s, delete: {kind: Job, name: cl}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: cl}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('cl')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [20, 40], 'in back-off at the deletion');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).length, 0, 'no Killing event (nothing running)');
  },
};
