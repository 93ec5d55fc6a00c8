// Seed 002 "restartPolicy: Never to prevent the pod from being restarted": the container is indeed not restarted,
// but the Job controller replaces the failed pod with a new one, after the 10s pod-failure back-off from the failure's
// finish time: pod 1 fails at +10s, pod 2 is created at +20s, succeeds at +30s; Complete at +31s with failed 1,
// succeeded 1.
export default {
  id: 'seeds/s002-never-new-pod-on-failure',
  source: 'job_controller.go manageJob (replacement pods), backoff_utils.go getRemainingTime (10s * 2^(n-1) from the last finish time); reference job §3',
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
        jobsim/exit-codes: "1,0"
    spec:
      containers:
        - name: backup-container
          image: your-backup-image:latest
          command: ['sh', '-c', './backup-script.sh']
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('backup-job');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.containerStatuses[0].restartCount, h.exitCodeOf(p)]), [
      [0, 'Failed', 0, 1], [20, 'Succeeded', 0, 0]], 'two pods, no container restart');
    h.eq(pods[0].status.containerStatuses[0].state.terminated.reason, 'Error', 'failed container reason');
    const job = h.job('backup-job');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [1, 1, 31], 'status');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 20], 'creations');
  },
};
