// Rules are tried in order and the message names the matching rule's position: rule 0 (succeededIndexes "0-2", all
// of them) is not met when indexes 3 and 4 succeed, rule 1 (succeededCount: 2) is: "Matched rules at index 1".
export default {
  id: 'indexed/successpolicy-second-rule',
  source: 'success_policy.go matchSuccessPolicy (fmt.Sprintf("%s %d", "Matched rules at index", index)); success_policy_test.go TestMatchSuccessPolicy; reference §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp2}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp2}}
      duration: 1h
      perIndex:
        "3": {duration: 10s}
        "4": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp2}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  successPolicy:
    rules:
    - succeededIndexes: "0-2"
    - succeededCount: 2
  template:
    metadata: {labels: {app: sp2}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp2');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 1', 21],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 1', 22],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0], [2, '3,4', 0], '[succeeded, completedIndexes, failed]');
    h.eq(h.events({ kind: 'Job', name: 'sp2', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [21, 21, 21], 'three pods deleted at 21s');
  },
};
