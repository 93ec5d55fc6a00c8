// A failure that finishes at the same instant as a success is not "after the last success": no back-off, the
// replacements are created in the very next sync.
export default {
  id: 'job/backoff-same-instant',
  source: 'backoff_utils.go newBackoffRecord (only failures with failedTime.After(lastSuccessTime) count); reference §3.2',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: same
spec:
  completions: 3
  parallelism: 2
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "0,1,0"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('same').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 11, 11], 'pod creation times');
    const job = h.job('same');
    h.eq([job.status.succeeded, job.status.failed], [3, 1], '[succeeded, failed]');
    h.eq(h.sec(job.status.completionTime), 22, 'completionTime');
  },
};
