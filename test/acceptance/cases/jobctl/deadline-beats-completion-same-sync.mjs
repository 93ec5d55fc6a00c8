// The deadline check comes before the completion check in syncJob: the only pod succeeds at exactly 10s, the
// moment activeDeadlineSeconds 10 runs out; the sync at 10s counts the success (succeeded 1) but fails the Job
// (DeadlineExceeded), FailureTarget and Failed in that one sync since nothing is left terminating; no Complete.
export default {
  id: 'jobctl/deadline-beats-completion-same-sync',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds bigger than single pod execution" (succeeded pods kept, Failed DeadlineExceeded); job_controller.go syncJob (pastActiveDeadline evaluated before the "complete" check, which runs only when finishedCondition == nil), pastActiveDeadline (>=), enactJobFinished',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 10
  template:
    metadata: {annotations: {jobsim/duration: 10s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('dl');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]), [['Succeeded', 10]], 'pod');
    const j = h.job('dl');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 10],
      ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 10],
    ], 'conditions');
    h.eq([j.status.succeeded, j.status.failed, j.status.completionTime], [1, undefined, undefined], '[succeeded, failed, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'dl' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [10, 'DeadlineExceeded']], 'events');
  },
};
