// successPolicy with two rules on an Indexed 6/6 Job: rule 0 {succeededCount: 5}, rule 1 {succeededIndexes "0-3",
// succeededCount 2}. Indexes 4 and 5 succeed first (10s; outside rule 1's range), index 0 at 20s (one of 0-3), index 2 at
// 30s: at 31s two of 0-3 have succeeded, so rule 1 matches ("Matched rules at index 1") with 4 succeeded indexes (rule 0
// never matched). Indexes 1 and 3 are deleted and not counted as failed; Complete (SuccessPolicy) at 32s.
export default {
  id: 'jobe2e3/sp-second-rule-count-within-indexes',
  source: 'test/integration/job/job_test.go TestSuccessPolicy ("job with successPolicy with succeededCount ... even if some indexes remain pending", wantTerminating 1, [SuccessCriteriaMet, Complete]); test/e2e/apps/job.go "with successPolicy succeededCount rule should succeeded even when some indexes remain pending"; success_policy.go matchSuccessPolicy ("Matched rules at index %d", rules in order), matchSucceededIndexesRule (contains >= succeededCount)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sr}
spec:
  behaviors:
    - selector: {matchLabels: {app: sr}}
      duration: 1h
      perIndex:
        "0": {duration: 20s}
        "2": {duration: 30s}
        "4": {duration: 10s}
        "5": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sr}
spec:
  completionMode: Indexed
  completions: 6
  parallelism: 6
  successPolicy:
    rules:
    - succeededCount: 5
    - succeededIndexes: "0-3"
      succeededCount: 2
  template:
    metadata: {labels: {app: sr}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sr');
    const m = 'Matched rules at index 1';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', m, 31], ['Complete', 'SuccessPolicy', m, 32]], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0, job.status.terminating, h.sec(job.status.completionTime)], [4, '0,2,4,5', 0, 0, 32],
      '[succeeded, completedIndexes, failed, terminating, completionTime]');
    const pods = h.podsOf('sr');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p)]),
      [['0', 'Succeeded', 0], ['1', 'Failed', 143], ['2', 'Succeeded', 0], ['3', 'Failed', 143], ['4', 'Succeeded', 0], ['5', 'Succeeded', 0]], 'pods');
    h.eq(h.events({ kind: 'Job', name: 'sr', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [31, 31], 'SuccessfulDelete times');
  },
};
