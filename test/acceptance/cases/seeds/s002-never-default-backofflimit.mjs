// Seed 002 backup-job (no backoffLimit: default 6) whose backup always fails: 7 pods (1 + 6 retries), created at
// 0, 20, 50, 100, 190, 360, 690s (back-off 10, 20, 40, 80, 160, 320s after each failure); the 7th failure (7 > 6)
// fails the Job at +701s. The failed pods are kept (their logs stay readable).
export default {
  id: 'seeds/s002-never-default-backofflimit',
  source: 'pkg/apis/batch/v1/defaults.go (BackoffLimit 6); job_controller.go (failed > backoffLimit), backoff_utils.go; reference job §2.4 step 4, §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: backup-job
spec:
  template:
    metadata:
      name: backup-pod
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
        - name: backup-container
          image: your-backup-image:latest
          command: ['sh', '-c', './backup-script.sh']
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('backup-job');
    h.eq(job.spec.backoffLimit, 6, 'default backoffLimit');
    const pods = h.podsOf('backup-job');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100, 190, 360, 690], 'pod creations');
    h.eq(pods.every((p) => p.status.phase === 'Failed' && p.metadata.deletionTimestamp === undefined), true, 'failed pods kept');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 701], ['Failed', 'BackoffLimitExceeded', 701]], 'conditions');
    h.eq(job.status.failed, 7, 'failed');
  },
};
