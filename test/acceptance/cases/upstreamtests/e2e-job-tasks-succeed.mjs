// e2e "should run a job to completion when tasks succeed": parallelism 2, completions 4, every pod succeeds.
// Pods end at 5s; the pod updates enqueue the Job 1s later (batch period), so the second pair is created at 6s and
// the Job completes (SuccessCriteriaMet then Complete, reason CompletionsReached) in the sync at 12s.
export default {
  id: 'upstreamtests/e2e-job-tasks-succeed',
  source: 'test/e2e/apps/job.go "should run a job to completion when tasks succeed" (NewTestJob parallelism 2, completions 4; WaitForJobComplete ... JobReasonCompletionsReached); job_controller.go syncJob; reference job-controller §2.6 step 5, §2.8, §3.6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: all-succeed}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 5s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('all-succeed');
    h.eq(h.podsOf('all-succeed').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Succeeded'], [0, 'Succeeded'], [6, 'Succeeded'], [6, 'Succeeded']], 'pods');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 12],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 12],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0, h.sec(job.status.startTime), h.sec(job.status.completionTime)], [4, 0, 0, 0, 12], 'status');
    h.eq(h.events({ kind: 'Job', name: 'all-succeed' }).map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulCreate', 0], ['Normal', 'SuccessfulCreate', 0], ['Normal', 'SuccessfulCreate', 6], ['Normal', 'SuccessfulCreate', 6], ['Normal', 'Completed', 12]], 'events');
  },
};
