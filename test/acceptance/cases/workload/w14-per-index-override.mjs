// perIndex overrides one completion index of an Indexed Job field by field: index 2 gets exit codes
// [1, 1, 0] and keeps the rule's 20s duration; index 0 overrides only the duration (50s); index 1 uses the
// rule. Attempts count per index. Index 2's first failure (20s) finished in the same second as index 1's
// success, so it is not a failure after the last success (newBackoffRecord: failedTime.After(lastSuccessTime)
// is false): no delay, replacement at 21s; its second failure (41s) waits 10s.
export default {
  id: 'workload/per-index-override',
  source: 'README Scenario behaviors perIndex ("Indexed Jobs: overrides for one completion index"); CONTRACT.md §2 (attempt = n-th pod of one index); pkg/controller/job/backoff_utils.go newBackoffRecord',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pi}
spec:
  behaviors:
  - selector: {matchLabels: {app: i}}
    duration: 20s
    exitCodes: [0]
    perIndex:
      "0": {duration: 50s}
      "2": {exitCodes: [1, 1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: i}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: i}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const rows = h.podsOf('i').map((p) => {
      const t = p.status.containerStatuses[0].state.terminated;
      return [Number(p.metadata.annotations['batch.kubernetes.io/job-completion-index']), t.exitCode, h.sec(t.startedAt), h.sec(t.finishedAt)];
    }).sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    h.eq(rows, [[0, 0, 0, 50], [1, 0, 0, 20], [2, 1, 0, 20], [2, 1, 21, 41], [2, 0, 51, 71]], 'runs per index');
    h.eq(h.job('i').status.failed, 2, 'failed');
    h.hasCond(h.job('i'), 'Complete');
  },
};
