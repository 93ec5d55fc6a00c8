// TestSyncJobPastDeadline rows "activeDeadlineSeconds with backofflimit reach" and "... and backofflimit
// reached; JobManagedBy enabled": when both the backoff limit and the deadline are exceeded in one sync,
// BackoffLimitExceeded wins (checked first). The pod fails at 9.5s; the deadline re-sync at 10s sees the
// failure (before the 1s-batched pod sync at 10.5s): failed 1 > backoffLimit 0, and nothing is
// terminating, so FailureTarget and Failed at 10s, reason BackoffLimitExceeded.
export default {
  id: 'jobtable/deadline-backofflimit-wins',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds with backofflimit reach", "activeDeadlineSeconds exceeded and backofflimit reached; JobManagedBy enabled"; job_controller.go syncJob (exceedsBackoffLimit before pastActiveDeadline); reference §2.4, §15 item 10',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: both}
spec:
  backoffLimit: 0
  activeDeadlineSeconds: 10
  template:
    metadata: {annotations: {jobsim/duration: 9500ms, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('both');
    const m = 'Job has reached the specified backoff limit';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', m, 10], ['Failed', 'BackoffLimitExceeded', m, 10]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
    h.eq(h.podsOf('both').length, 1, 'pods');
    h.eq(h.events({ kind: 'Job', name: 'both', type: 'Warning' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['BackoffLimitExceeded', 10]], 'warning events');
  },
};
