// succeededIndexes "1-3" of 5: indexes 1-3 end at +10s, 0 and 4 run 5m. At +11s the rule matches;
// indexes 0 and 4 are deleted without counting; Complete at +12s.
export default {
  id: 'jobtbl2/sp-range-indexes',
  source: 'success_policy_test.go TestMatchSuccessPolicy (succeededIndexes as an interval "x-y"); success_policy.go matchSucceededIndexesRule; indexed_job_utils.go parseIndexesFromString; reference §7, §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 5m
    perIndex:
      "1": { duration: 10s }
      "2": { duration: 10s }
      "3": { duration: 10s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 5
  parallelism: 5
  completionMode: Indexed
  successPolicy:
    rules:
    - { succeededIndexes: "1-3" }
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const s = h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy');
    const c = h.hasCond(j, 'Complete', 'SuccessPolicy');
    h.eq([h.sec(s.lastTransitionTime), h.sec(c.lastTransitionTime), s.message], [11, 12, 'Matched rules at index 0'], 'conditions');
    h.eq([j.status.succeeded, j.status.failed ?? 0, j.status.completedIndexes], [3, 0, '1-3'], '[succeeded, failed, completedIndexes]');
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'x' }).length, 2, 'deletions');
  },
};
