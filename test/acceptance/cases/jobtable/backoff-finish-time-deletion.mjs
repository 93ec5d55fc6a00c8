// TestGetFinishedTime "fallback to deletionTimestamp, decremented by grace period" and "skip fallback to
// PodReady.LastTransitionTime when status of the condition is True": a pod evicted (Eviction API) at 65s
// while its node has just stopped (so its container is still "running" and Ready still True) finishes
// at deletionTimestamp (95s) - grace (30s) = 65s; counted failed at 66s; replacement at 75s.
export default {
  id: 'jobtable/backoff-finish-time-deletion',
  source: 'backoff_utils_test.go TestGetFinishedTime "fallback to deletionTimestamp, decremented by grace period", "skip fallback to PodReady.LastTransitionTime when status of the condition is True"; backoff_utils.go getFinishTimeFromDeletionTimestamp; reference §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  duration: 3m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
  faults:
  - {at: 60s, nodeDown: w-1}
  - {at: 65s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods[0].metadata.name, 'j-bn7wn', 'first pod name (seed 1)');
    h.eq([h.sec(pods[0].metadata.deletionTimestamp), pods[0].metadata.deletionGracePeriodSeconds], [95, 30], 'deletionTimestamp, grace');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 75], 'replacement 10s after deletionTimestamp - grace');
  },
};
