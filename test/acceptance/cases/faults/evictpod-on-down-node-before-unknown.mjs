// The Eviction API on a pod whose node went down at 20s but is not yet marked (still Ready, before the 50s grace):
// evictPod by NAME (namespace default) at 30s adds DisruptionTarget EvictionByEvictionAPI and deletes with the pod's
// terminationGracePeriodSeconds (5): deletionTimestamp 35s. The silent kubelet never confirms, so the pod stays
// Running/Terminating. Without podFailurePolicy it is failed at once (sync at 31s); its finish time is
// deletionTimestamp - grace = 30s (containers running, Ready still True), so the replacement waits the 10s
// back-off: created at 40s.
export default {
  id: 'faults/evictpod-on-down-node-before-unknown',
  source: 'pkg/registry/core/pod/storage/eviction.go (addConditionAndDeletePod, DeleteOptions from the pod spec); backoff_utils.go getFinishedTime (getFinishTimeFromDeletionTimestamp); job_controller.go isPodFailed',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  duration: 5m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 20s, nodeDown: w-1}
  - {at: 30s, evictPod: j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      terminationGracePeriodSeconds: 5
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const p = pods[0];
    h.eq(p.metadata.name, 'j-bn7wn', 'first pod (seed 1)');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Eviction API: evicting', 30], 'condition');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [35, 5], 'graceful delete with the pod grace');
    h.eq(p.status.phase, 'Running', 'never confirmed by the silent kubelet');
    h.eq(h.sec(pods[1]?.metadata.creationTimestamp), 40, 'replacement after the 10s back-off from 30s');
    h.eq(h.job('j').status.failed, 1, 'counted failed');
  },
};
