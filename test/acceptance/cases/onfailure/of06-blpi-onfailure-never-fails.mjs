// backoffLimitPerIndex is accepted with restartPolicy OnFailure (validation only forbids podFailurePolicy with
// OnFailure). backoffLimit then defaults to MaxInt32, so pastBackoffLimitOnFailure never trips, and per-index
// limits count failed pods, which in-place restarts never produce: two crash-looping indexes run on for 10 minutes
// with restartCount 6 each (restarts 10, 30, 60, 110, 200, 370s), no condition, failedIndexes "" and failed unset.
export default {
  id: 'onfailure/blpi-onfailure-never-fails',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (no restartPolicy rule for backoffLimitPerIndex); pkg/apis/batch/v1/defaults.go SetDefaults_Job (backoffLimit MaxInt32 when backoffLimitPerIndex set); job_controller.go pastBackoffLimitOnFailure; reference job §1.1, §6',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: bl}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(r.exitCode ?? 0, 0, 'accepted');
    const job = h.job('bl');
    h.eq(job.spec.backoffLimit, 2147483647, 'defaulted backoffLimit');
    h.eq([job.status.conditions ?? [], job.status.failed, job.status.failedIndexes, job.status.active, job.status.ready], [[], undefined, '', 2, 0], '[conditions, failed, failedIndexes, active, ready]');
    const pods = h.podsOf('bl');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount, p.status.containerStatuses[0].state.waiting?.reason]), [['Running', 6, 'CrashLoopBackOff'], ['Running', 6, 'CrashLoopBackOff']], 'pods');
    h.eq(h.events({ kind: 'Pod', name: pods[0].metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60, 110, 200, 370], 'starts');
  },
};
