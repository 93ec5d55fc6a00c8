// A rule with both succeededIndexes "0-3" and succeededCount: 2 matches once 2 indexes inside the set succeeded
// (indexes 1 and 3); index 5, outside the set, does not count toward it.
export default {
  id: 'indexed/successpolicy-indexes-with-count',
  source: 'success_policy.go matchSucceededIndexesRule (contains >= succeededCount); success_policy_test.go TestMatchSuccessPolicy rows with both fields; reference §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp3}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp3}}
      duration: 1h
      perIndex:
        "5": {duration: 5s}
        "1": {duration: 10s}
        "3": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp3}
spec:
  completionMode: Indexed
  completions: 6
  parallelism: 6
  successPolicy:
    rules:
    - succeededIndexes: "0-3"
      succeededCount: 2
  template:
    metadata: {labels: {app: sp3}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp3');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 21],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 22],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes], [3, '1,3,5'], '[succeeded, completedIndexes]');
  },
};
