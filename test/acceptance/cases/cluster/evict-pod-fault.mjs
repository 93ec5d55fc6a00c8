// evictPod fault = Eviction API: DisruptionTarget EvictionByEvictionAPI "Eviction API: evicting",
// graceful delete; with podFailurePolicy Ignore the Job does not count it and replaces it.
export default {
  id: 'cluster/evict-pod-fault',
  source: 'pkg/registry/core/pod/storage/eviction.go addConditionAndDeletePod; cronjob-and-friends.md §5.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: e }
spec:
  faults:
  - { at: 1m, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods[0].metadata.name, 'j-bn7wn', 'first pod name (seed 1)');
    const dt = h.hasCond(pods[0], 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Eviction API: evicting', 60], 'condition');
    h.eq(h.sec(pods[0].metadata.deletionTimestamp), 90, 'deletionTimestamp');
    h.eq(pods[0].status.phase, 'Failed', 'phase');
    h.eq(pods.length, 2, 'replaced');
    const job = h.job('j');
    h.hasCond(job, 'Complete');
    h.eq(job.status.failed ?? 0, 0, 'not counted');
  },
};
