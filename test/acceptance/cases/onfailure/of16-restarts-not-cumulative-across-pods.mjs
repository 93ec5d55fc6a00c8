// Restarts of pods that have finished leave the sum: completions 3, parallelism 1, backoffLimit 2, each pod's
// container fails once then succeeds (attempts 1,0,1,0,1,0): every pod ends Succeeded with restartCount 1, the
// running pod never has more than 1 restart, so the Job completes at 63s with failed unset, although the
// restarts total 3 > backoffLimit.
export default {
  id: 'onfailure/restarts-not-cumulative-across-pods',
  source: 'job_controller.go pastBackoffLimitOnFailure (only Running/Pending pods; restarts are not stored in status); reference job §3.5 "Not cumulative over pods that already finished"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sq}
spec:
  completions: 3
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0,1,0,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('sq');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 63], ['Complete', 'CompletionsReached', 63]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed], [3, undefined], '[succeeded, failed]');
    const pods = h.podsOf('sq');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.containerStatuses[0].restartCount]), [[0, 'Succeeded', 1], [21, 'Succeeded', 1], [42, 'Succeeded', 1]], 'pods');
  },
};
