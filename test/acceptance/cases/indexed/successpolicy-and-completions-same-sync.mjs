// When the last indexes succeed in the same sync in which a success policy matches, the success policy (evaluated
// before the completions check) gives the reason: SuccessCriteriaMet and Complete, reason SuccessPolicy,
// "Matched rules at index 0", not CompletionsReached; both written at once as no pod is left.
export default {
  id: 'indexed/successpolicy-and-completions-same-sync',
  source: 'job_controller.go syncJob (matchSuccessPolicy sets finishedCondition before manageJob and the completions check); test/integration/job TestSuccessPolicy "all indexes succeeded; JobSuccessPolicy is enabled" (SuccessCriteriaMet, Complete, metric reason SuccessPolicy); reference §2.4 step 7, §7',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sps}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - succeededIndexes: "0"
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sps');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 11],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, h.sec(job.status.completionTime)], [2, '0,1', 11], '[succeeded, completedIndexes, completionTime]');
    h.eq(r.metrics.jobs.complete, 1, 'metrics.jobs.complete');
  },
};
