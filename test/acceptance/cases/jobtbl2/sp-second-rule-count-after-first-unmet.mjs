// Two rules: [succeededIndexes "0-2"] then [succeededCount 2] over 4 indexes. Index 3 and index 1 succeed
// at +10s and +20s; at +21s rule 0 is unmet (0 and 2 run 5m) and rule 1 matches: message "Matched
// rules at index 1". Complete at +22s after indexes 0 and 2 are removed (not counted).
export default {
  id: 'jobtbl2/sp-second-rule-count-after-first-unmet',
  source: 'success_policy_test.go TestMatchSuccessPolicy (multiple rules; the first matching rule by position reports its index); success_policy.go matchSuccessPolicy; reference §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 5m
    perIndex:
      "3": { duration: 10s }
      "1": { duration: 20s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  successPolicy:
    rules:
    - { succeededIndexes: "0-2" }
    - { succeededCount: 2 }
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
    h.eq([s.message, h.sec(s.lastTransitionTime), h.sec(c.lastTransitionTime)], ['Matched rules at index 1', 21, 22], 'conditions');
    h.eq([j.status.succeeded, j.status.completedIndexes, j.status.failed ?? 0], [2, '1,3', 0], '[succeeded, completedIndexes, failed]');
  },
};
