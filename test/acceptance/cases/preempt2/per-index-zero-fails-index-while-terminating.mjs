// backoffLimitPerIndex 0 without a podFailurePolicy (podReplacementPolicy TerminatingOrFailed): the
// preempted index 2 fails as soon as its pod is being deleted, at the +61s sync, though the pod still
// ignores SIGTERM (run cut at +75s): failedIndexes "2", failed 1, terminating 1, and index 2 is never
// recreated.
export default {
  id: 'preempt2/per-index-zero-fails-index-while-terminating',
  source: 'pkg/controller/job/indexed_job_utils.go calculateFailedIndexes/isIndexFailed (isPodFailed: deleted and not Succeeded; getIndexFailureCount >= backoffLimitPerIndex) and firstPendingIndexes (failed indexes are not pending); job_controller.go isPodFailed',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 75s
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { batch.kubernetes.io/job-name: low } }
    duration: 1h
    onSigterm: ignore
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
  backoffLimitPerIndex: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const pods = h.podsOf('low');
    h.eq(pods.map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']), ['0', '1', '2'], 'no replacement for index 2');
    const v = pods[2];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, v.metadata.name]], 'index 2 preempted');
    h.eq([v.status.phase, h.sec(v.metadata.deletionTimestamp)], ['Running', 90], 'victim still terminating');
    const j = h.job('low');
    h.eq([j.spec.podReplacementPolicy, j.status.failedIndexes, j.status.failed, j.status.terminating, j.status.active, j.status.completedIndexes], ['TerminatingOrFailed', '2', 1, 1, 1, '0'], '[podReplacementPolicy, failedIndexes, failed, terminating, active, completedIndexes]');
    h.noCond(j, 'FailureTarget');
  },
};
