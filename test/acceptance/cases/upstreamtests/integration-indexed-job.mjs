// Integration TestIndexedJob: parallelism 3, completions 4. Indexes 0-2 start; index 1 succeeds, so index 3 is
// created (lowest pending index); index 2 fails and is re-created for the same index after the 10s pod back-off
// (its failure comes after the last success); when all succeed: succeeded 4, failed 1, completedIndexes "0-3".
export default {
  id: 'upstreamtests/integration-indexed-job',
  source: 'test/integration/job/job_test.go TestIndexedJob (active indexes {0,1,2} -> {0,2,3} with completedIndexes "1"; failed index 2 recreated; final Succeeded 4, Failed 1, "0-3"); indexed_job_utils.go firstPendingIndexes; backoff_utils.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: i}
spec:
  behaviors:
  - selector: {matchLabels: {app: idx}}
    duration: 30s
    perIndex:
      "1": {duration: 5s}
      "2": {duration: 8s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: idx}
spec:
  parallelism: 3
  completions: 4
  completionMode: Indexed
  template:
    metadata: {labels: {app: idx}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('idx').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase, p.spec.hostname]);
    h.eq(pods, [['0', 0, 'Succeeded', 'idx-0'], ['1', 0, 'Succeeded', 'idx-1'], ['2', 0, 'Failed', 'idx-2'], ['3', 6, 'Succeeded', 'idx-3'], ['2', 18, 'Succeeded', 'idx-2']], 'pods [index, created, phase, hostname]');
    const job = h.job('idx');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, h.sec(job.status.completionTime)], [4, 1, '0-3', 37], 'final status');
  },
};
