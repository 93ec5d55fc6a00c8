// Image pulls take 1m; the Job is deleted at 30s while its pod's image is still being pulled. The kubelet kills only the
// containers the runtime reports running (ConvertPodStatusToRunningPod skips the others), so no container is stopped and
// no Killing event is recorded for this pod (the README's "a pod deleted before its container was created still gets a
// Killing event" does not describe what jobsim does, nor upstream).
export default {
  id: 'deletion2/no-killing-during-image-pull',
  source: 'pkg/kubelet/container/runtime.go ConvertPodStatusToRunningPod (State != running: skipped); kuberuntime_manager.go killPodWithSyncResult (killContainersWithSyncResult over runningPod.Containers); kuberuntime_container.go killContainer (Killing event per killed container)',
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
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ name: p.metadata.name }).map((e) => e.reason), ['Scheduled', 'Pulling'], 'no Killing, no Started');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.status.phase], [60, 'Failed'], 'terminated');
  },
};
