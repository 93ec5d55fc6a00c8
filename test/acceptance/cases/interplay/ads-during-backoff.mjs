// The deadline can expire while the Job waits in pod-failure back-off with no pod at all: the pod fails at 10s,
// the replacement would come at 20s, but activeDeadlineSeconds 15 fires at 15s (the re-sync scheduled at the
// deadline): FailureTarget and Failed DeadlineExceeded together (nothing to delete), failed 1, no second pod.
export default {
  id: 'interplay/ads-during-backoff',
  source: 'job_controller.go syncJob (AddAfter(key, ADS - since(startTime)); pastActiveDeadline >=), enactJobFinished (terminating 0); reference §2.4 step 5, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 15
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(h.podsOf('j').length, 1, 'no replacement');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'DeadlineExceeded', 15], ['Failed', 'DeadlineExceeded', 15]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating], [1, 0, 0], '[failed, active, terminating]');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'DeadlineExceeded' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]),
      [['Warning', 'Job was active longer than specified deadline', 15]], 'event');
  },
};
