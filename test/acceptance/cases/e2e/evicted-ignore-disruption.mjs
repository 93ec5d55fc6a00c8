// e2e "should allow to use a pod failure policy to ignore failure for an evicted pod; matching on the DisruptionTarget
// condition": Indexed, backoffLimit 0; the index-0 pod runs long and is evicted (Eviction API) at 30s: it gets
// DisruptionTarget (EvictionByEvictionAPI), fails, the Ignore rule matches, so nothing is counted; index 0 is re-created
// and the Job completes with failed 0.
export default {
  id: 'e2e/evicted-ignore-disruption',
  source: 'test/e2e/apps/job.go "should allow to use a pod failure policy to ignore failure for an evicted pod; matching on the DisruptionTarget condition" (EvictV1, SuccessCriteriaMet, WaitForJobComplete); registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI); reference job-controller §5 onPodConditions',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  behaviors:
  - selector: {matchLabels: {job: ev}}
    duration: 5s
    exitCodes: [0]
    perIndex:
      "0": {duration: 1h}
  faults:
  - {at: 30s, evictPod: default/evicted-pod-ignore-on-disruption-condition-0-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: evicted-pod-ignore-on-disruption-condition}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 0
  completionMode: Indexed
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [1]}
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget, status: "True"}]
  template:
    metadata: {labels: {job: ev}}
    spec:
      terminationGracePeriodSeconds: 1
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('evicted-pod-ignore-on-disruption-condition');
    const evicted = h.get('Pod', 'evicted-pod-ignore-on-disruption-condition-0-bn7wn');
    const dt = (evicted.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([dt?.status, dt?.reason, evicted.status.phase, h.sec(evicted.metadata.deletionTimestamp)], ['True', 'EvictionByEvictionAPI', 'Failed', 31], 'evicted pod');
    h.hasCond(job, 'SuccessCriteriaMet', 'CompletionsReached');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes], [4, 0, '0-3'], 'status');
    const idx0 = h.podsOf('evicted-pod-ignore-on-disruption-condition').filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(idx0.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [40, 'Succeeded']], 'index 0 re-created after the ignored failure (10s backoff from 30s)');
  },
};
