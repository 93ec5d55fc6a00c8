// TestJobBackoffForOnFailure row "not enough failures": parallelism 2, backoffLimit 3, restart counts
// [1, 1] -> sum 2 < 3, both stay active. The restarts are only summed over pods still Running or
// Pending: once those pods succeed their restarts no longer count, and the Job completes with failed 0.
// Exit codes per container start: 1, 1, then 0: both pods fail at 10s, restart, succeed at 20s; three more
// pods at 21s (two) and 32s (one); Complete at 43s.
export default {
  id: 'jobtable/onfailure-not-enough',
  source: 'job_controller_test.go TestJobBackoffForOnFailure "not enough failures"; job_controller.go pastBackoffLimitOnFailure (only pods in phase Running or Pending); reference §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ofn}
spec:
  parallelism: 2
  completions: 5
  backoffLimit: 3
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('ofn');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.containerStatuses[0].restartCount, p.status.phase]), [[0, 1, 'Succeeded'], [0, 1, 'Succeeded'], [21, 0, 'Succeeded'], [21, 0, 'Succeeded'], [32, 0, 'Succeeded']], 'pods [created, restarts, phase]');
    const job = h.job('ofn');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [5, 0], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 43, 'Complete');
    h.noCond(job, 'FailureTarget');
  },
};
