// Seed 004 pi-calculator (restartPolicy Never, backoffLimit 4) whose pod always fails: "backoffLimit: how many times
// to retry": 1 + 4 = 5 pods, created at 0, 20, 50, 100, 190s; the 5th failure (5 > 4) fails the Job at +201s. And
// "If a Job fails, Kubernetes will create a new Pod to try again" holds for failed pods only: once the Job has failed,
// nothing more is created (an hour later there are still 5 pods).
export default {
  id: 'seeds/s004-pi-backofflimit-4',
  source: 'job_controller.go syncJob (failed > backoffLimit -> FailureTarget; finished Jobs are not synced again), backoff_utils.go; reference job §2.2 step 3, §2.4 step 4, §3.3',
  args: ['--duration', '1h'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`,
  check(r, h) {
    const pods = h.podsOf('pi-calculator');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [
      [0, 'Failed', 1], [20, 'Failed', 1], [50, 'Failed', 1], [100, 'Failed', 1], [190, 'Failed', 1]], 'pods');
    const job = h.job('pi-calculator');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 201],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 201]], 'conditions');
    h.eq([job.status.failed, job.status.active, job.status.completionTime], [5, undefined, undefined], 'status');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[201, 'BackoffLimitExceeded', 'Job has reached the specified backoff limit']], 'warning event');
    h.eq(r.counts.Pod, 5, 'no pod after the Job failed');
  },
};
