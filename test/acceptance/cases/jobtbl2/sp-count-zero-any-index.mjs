// succeededIndexes "2" with succeededCount 0 is valid (0 <= 1 listed index) and matches as soon as any
// index succeeded (contains 0 >= 0): index 0 succeeds at +10s and the Job completes at +11s with
// reason SuccessPolicy, indexes 1 and 2 never run.
export default {
  id: 'jobtbl2/sp-count-zero-any-index',
  source: 'success_policy.go matchSuccessPolicy (len(succeededIndexes) > 0 gate), matchSucceededIndexesRule (contains == total || contains >= succeededCount); success_policy_test.go TestMatchSuccessPolicy; validation.go validateSuccessPolicyRule (ValidateNonnegativeField); reference §7',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 3
  parallelism: 1
  completionMode: Indexed
  successPolicy:
    rules:
    - { succeededIndexes: "2", succeededCount: 0 }
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const s = h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy');
    const c = h.hasCond(j, 'Complete', 'SuccessPolicy');
    h.eq([h.sec(s.lastTransitionTime), h.sec(c.lastTransitionTime), c.message], [11, 11, 'Matched rules at index 0'], 'conditions');
    h.eq([j.status.succeeded, j.status.completedIndexes, h.podsOf('x').length], [1, '0', 1], '[succeeded, completedIndexes, pods]');
  },
};
