// activeDeadlineSeconds 30: FailureTarget at 30s (the deadline re-sync), running pod deleted and counted failed, Failed once it is gone.
export default {
  id: 'job/ads-deadline-exceeded',
  source: 'job_controller.go syncJob pastActiveDeadline / queue.AddAfter(ADS - elapsed), deleteActivePods, trackJobStatusAndRemoveFinalizers (non-succeeded pods failed when finishing with failure); reference §2.4 step 5, §2.5, §9, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: ads
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations:
        jobsim/duration: "100s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ads');
    const msg = 'Job was active longer than specified deadline';
    const ft = h.hasCond(job, 'FailureTarget', 'DeadlineExceeded');
    const f = h.hasCond(job, 'Failed', 'DeadlineExceeded');
    h.eq([ft.message, f.message], [msg, msg], 'messages');
    h.eq(h.sec(ft.lastTransitionTime), 30, 'FailureTarget at the deadline');
    h.eq(h.sec(f.lastTransitionTime), 31, 'Failed once the deleted pod terminated (1s batch)');
    h.eq(job.status.failed, 1, 'the killed pod counts as failed');
    h.eq(job.status.active ?? 0, 0, 'active');
    const pod = h.podsOf('ads')[0];
    h.eq(h.sec(pod.metadata.deletionTimestamp), 60, 'pod deletionTimestamp = 30s + grace 30s');
    const ev = h.events({ kind: 'Job', name: 'ads' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]);
    h.eq(ev, [
      ['Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 0],
      ['Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, 30],
      ['Warning', 'DeadlineExceeded', msg, 31],
    ], 'Job events');
  },
};
