// TestSyncJobPastDeadline row "activeDeadlineSeconds times-out before any pod starts" (no pod at all,
// past the deadline -> Failed DeadlineExceeded, nothing deleted, failed 0). With parallelism 0 the Job
// has no pod; startTime is still set on the first sync, and at 10s it fails; nothing is terminating, so
// FailureTarget and Failed come in the same sync, with the Warning event.
export default {
  id: 'jobtable/deadline-no-pods',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds times-out before any pod starts"; job_controller.go syncJob (StartTime when not suspended), pastActiveDeadline, enactJobFinished; reference §2.8, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: adsz}
spec:
  parallelism: 0
  completions: 1
  activeDeadlineSeconds: 10
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('adsz').length, 0, 'no pods');
    const job = h.job('adsz');
    h.eq(h.sec(job.status.startTime), 0, 'startTime');
    h.eq([job.status.failed ?? 0, job.status.active ?? 0, job.status.ready, job.status.terminating], [0, 0, 0, 0], '[failed, active, ready, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 10], ['Failed', 'DeadlineExceeded', 10]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'adsz' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'DeadlineExceeded', 'Job was active longer than specified deadline', 10]], 'events');
  },
};
