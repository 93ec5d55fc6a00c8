// backoffLimitPerIndex with an Ignore rule on DisruptionTarget: the preempted index 2 (exit 143 at
// +60s) is recreated after the per-index back-off (10s: the ignored failure counts in the absolute
// count), at +70s, with job-index-failure-count "0" and job-index-ignored-failure-count "1"; the index
// is not failed and status.failed stays 0.
export default {
  id: 'preempt2/per-index-ignored-preemption-annotations',
  source: 'pkg/controller/job/indexed_job_utils.go getNewIndexFailureCounts (policy not counting: indexIgnoredFailureCount++) and addIndexFailureCountAnnotation; backoff_utils.go getRemainingTimePerIndex (getIndexAbsoluteFailureCount + 1 failures); isIndexFailed (Ignore: not counted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { batch.kubernetes.io/job-name: low } }
    duration: 1h
    perIndex:
      "0": { duration: 10s }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const ann = (p, k) => p.metadata.annotations[`batch.kubernetes.io/${k}`];
    const pods = h.podsOf('low');
    h.eq(pods.map((p) => [ann(p, 'job-completion-index'), h.sec(p.metadata.creationTimestamp), ann(p, 'job-index-failure-count'), ann(p, 'job-index-ignored-failure-count')]), [
      ['0', 0, '0', undefined], ['1', 0, '0', undefined], ['2', 11, '0', undefined], ['2', 70, '0', '1'],
    ], 'pods: index, creation, failure count, ignored count');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, pods[2].metadata.name]], 'index 2 preempted');
    const j = h.job('low');
    h.eq([j.status.failed ?? 0, j.status.failedIndexes, j.status.completedIndexes], [0, '', '0'], '[failed, failedIndexes, completedIndexes]');
  },
};
