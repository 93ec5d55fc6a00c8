// TestSuccessPolicy "job without successPolicy; incremented the jobs_finished_total metric with CompletionsReached reason":
// Indexed 1/1 without a success policy: SuccessCriteriaMet then Complete, reason CompletionsReached.
export default {
  id: 'integjob/sp-none-completions-reached',
  source: 'test/integration/job/job_test.go TestSuccessPolicy "job without successPolicy; incremented the jobs_finished_total metric with CompletionsReached reason"; job_controller.go syncJob (JobReasonCompletionsReached, "Reached expected number of succeeded pods"); reference §2.6 step 5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 1
  parallelism: 1
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 11],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 11],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.terminating, job.status.ready], [1, '0', 0, 0], '[succeeded, completedIndexes, terminating, ready]');
  },
};
