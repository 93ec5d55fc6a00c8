// perIndex may set failureProbability and failExitCode for one index: index 0 always fails with exit 7
// and, with backoffLimitPerIndex 1, is retried once (after 10s) and then marked failed; the other indexes
// use the rule (exit 0). The Job fails with reason FailedIndexes, failedIndexes "0", completedIndexes "1,2" (orderedIntervals.String writes two consecutive indexes with a comma).
export default {
  id: 'workload/per-index-failure-probability',
  source: 'README Scenario behaviors (perIndex overrides; failureProbability, failExitCode); reference job-controller backoffLimitPerIndex (FailedIndexes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pif}
spec:
  behaviors:
  - selector: {matchLabels: {app: p}}
    duration: 5s
    perIndex:
      "0": {failureProbability: 1, failExitCode: 7}
---
apiVersion: batch/v1
kind: Job
metadata: {name: p}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: p}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const rows = h.podsOf('p').map((p) => { const t = p.status.containerStatuses[0].state.terminated; return [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], t.exitCode, h.sec(t.startedAt)]; })
      .sort((a, b) => a[0].localeCompare(b[0]) || a[2] - b[2]);
    h.eq(rows, [['0', 7, 0], ['0', 7, 15], ['1', 0, 0], ['2', 0, 0]], 'runs');
    const j = h.job('p');
    h.eq([j.status.failedIndexes, j.status.completedIndexes, j.status.failed, j.status.succeeded], ['0', '1,2', 2, 2], 'status');
    h.hasCond(j, 'Failed', 'FailedIndexes');
  },
};
