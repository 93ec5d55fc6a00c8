// Integration TestElasticIndexedJob "scale down": with completions 3, index 1 succeeds and index 2 fails once
// (completedIndexes "1", failed 1, replacement for index 2). Scaling completions/parallelism to 1 deletes the
// out-of-range pods without counting them as failed, keeps the earlier failure (failed 1) but drops the
// out-of-range success: the Job completes with completedIndexes "0", succeeded 1, failed 1.
export default {
  id: 'upstreamtests/elastic-scale-down-failure-kept',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "scale down" ("verify prev failure out of range still counts but succeeded out of range does not": wantSucceededIndexes "0", wantFailed 1); job_controller.go manageJob (out-of-range pods deleted first, finalizer removed: not failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f}
spec:
  behaviors:
  - selector: {matchLabels: {app: el}}
    duration: 100s
    perIndex:
      "1": {duration: 5s}
      "2": {duration: 7s, exitCodes: [1, 0]}
  timeline:
  - {at: 20s, patch: {kind: Job, name: el, spec: {completions: 1, parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: el}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    metadata: {labels: {app: el}, annotations: {}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('el');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed], ['0', 1, 1], 'completedIndexes, succeeded, failed');
    const pods = h.podsOf('el').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]);
    h.eq(pods, [['0', 0], ['1', 0], ['2', 0], ["2", 17]], "pods [index, created]: index 2 replaced 10s after its failure at 7s");
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).length, 1, 'the running index-2 replacement is deleted at the scale-down');
    h.eq(h.sec(job.status.completionTime), 101, 'completes when index 0 succeeds');
  },
};
