// e2e ConformanceIt "should allow to use a pod failure policy to ignore failure matching on DisruptionTarget condition":
// Indexed, 3 pods on one node, backoffLimit 2, all three evicted through the Eviction API at 30s. Each gets
// DisruptionTarget=True (EvictionByEvictionAPI), exits on SIGTERM (143) and fails; the Ignore rule on the condition
// keeps failed at 0; the three failures set a 40s backoff (70s); the re-created pods run 60s and the Job completes at 131s.
export default {
  id: 'e2e2/pfp-ignore-disruption-evict-all',
  source: 'test/e2e/apps/job.go ConformanceIt "should allow to use a pod failure policy to ignore failure matching on DisruptionTarget condition" (EvictV1 all pods, WaitForJobComplete CompletionsReached); registry/core/pod/storage/eviction.go addConditionAndDeletePod (DisruptionTarget EvictionByEvictionAPI); pod_failure_policy.go matchPodFailurePolicy (onPodConditions)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 30s, evictPod: default/evicted-pod-ignore-on-disruption-condition-0-bn7wn}
  - {at: 30s, evictPod: default/evicted-pod-ignore-on-disruption-condition-1-vqbl8}
  - {at: 30s, evictPod: default/evicted-pod-ignore-on-disruption-condition-2-xc2bj}
---
apiVersion: batch/v1
kind: Job
metadata: {name: evicted-pod-ignore-on-disruption-condition}
spec:
  parallelism: 3
  completions: 3
  backoffLimit: 2
  completionMode: Indexed
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget, status: "True"}]
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('evicted-pod-ignore-on-disruption-condition');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 131], ['Complete', 'CompletionsReached', 131]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes, job.status.active ?? 0, job.status.ready, job.status.terminating], [3, 0, '0-2', 0, 0, 0], 'status');
    const pods = h.podsOf('evicted-pod-ignore-on-disruption-condition');
    const evicted = pods.filter((p) => h.sec(p.metadata.creationTimestamp) === 0);
    h.eq(evicted.map((p) => {
      const dt = (p.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
      return [p.status.phase, dt?.status, dt?.reason, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)];
    }), Array(3).fill(['Failed', 'True', 'EvictionByEvictionAPI', 143, 60]), 'evicted pods');
    h.eq(pods.filter((p) => h.sec(p.metadata.creationTimestamp) !== 0).map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), Array(3).fill([70, 'Succeeded']), 're-created pods');
  },
};
