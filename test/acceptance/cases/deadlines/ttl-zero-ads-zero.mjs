// activeDeadlineSeconds 0 and ttlSecondsAfterFinished 0: the first sync (0s) sets startTime and is already past the deadline,
// so FailureTarget and Failed DeadlineExceeded are written at once without any pod; the TTL controller deletes the Job in the
// same second (foreground, no dependents). The only Job events are the Warning DeadlineExceeded.
export default {
  id: 'deadlines/ttl-zero-ads-zero',
  source: 'pkg/controller/job/job_controller.go syncJob (StartTime set, pastActiveDeadline >=, no manageJob), pkg/controller/ttlafterfinished/ttlafterfinished_controller.go (ttl 0: expired at finish); reference job-controller §9, §10',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  activeDeadlineSeconds: 0
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('z');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 0], ['Failed', 'DeadlineExceeded', 0]], 'conditions');
    h.eq([h.sec(job.status.startTime), h.sec(job.metadata.deletionTimestamp), h.podsOf('z').length], [0, 0, 0], '[startTime, deletionTimestamp, pods]');
    h.eq(h.events({ kind: 'Job', name: 'z' }).map((e) => [e.type, e.reason, e.message]), [['Warning', 'DeadlineExceeded', 'Job was active longer than specified deadline']], 'Job events');
  },
};
