// Integration TestElasticIndexedJob "index finishes successfully, scale down, scale up": index 2 succeeds with
// completions 3 (completedIndexes "2"); scaling completions/parallelism to 2 drops it (completedIndexes "",
// succeeded 0); scaling back to 3 creates a new pod for index 2, which must succeed again; the Job ends with "0-2".
export default {
  id: 'upstreamtests/elastic-scale-down-up-resucceeds',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "index finishes successfully, scale down, scale up" (wantSucceededIndexes "2", then "", then "0-2"); indexed_job_utils.go parseIndexesFromString (drops >= completions), firstPendingIndexes',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f}
spec:
  behaviors:
  - selector: {matchLabels: {app: el}}
    duration: 100s
    perIndex:
      "2": {duration: 5s}
  timeline:
  - {at: 20s, patch: {kind: Job, name: el, spec: {completions: 2, parallelism: 2}}}
  - {at: 40s, patch: {kind: Job, name: el, spec: {completions: 3, parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: el}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    metadata: {labels: {app: el}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('el').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase]);
    h.eq(pods, [['0', 0, 'Succeeded'], ['1', 0, 'Succeeded'], ['2', 0, 'Succeeded'], ['2', 40, 'Succeeded']], 'pods [index, created, phase]');
    const job = h.job('el');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed ?? 0, h.sec(job.status.completionTime)], ['0-2', 3, 0, 101], 'final status');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).length, 4, 'index 2 created twice');
  },
};
