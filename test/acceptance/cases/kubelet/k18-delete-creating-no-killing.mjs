// Deleting a pod whose image is still being pulled (no container created yet): nothing to kill, so no
// Killing event; the pod ends Failed.
export default {
  id: 'kubelet/delete-creating-no-killing',
  source: 'pkg/kubelet/container/helpers.go ConvertPodStatusToRunningPod; kuberuntime_container.go killContainersWithSyncResult (events only for running containers)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  latencies: {imagePull: 1m}
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.events({ reason: 'Created', name: p.metadata.name }).length, 0, 'never created');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).length, 0, 'no Killing event');
  },
};
