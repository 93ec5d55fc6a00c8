// Seed 001 "backoffLimit: 5, activeDeadlineSeconds: 300" on the seed's OnFailure Job whose container always exits 1:
// restarts at +10, +30, +60, +110, +200 (crash-loop back-off 0, 10, 20, 40, 80s); the 5th restart reaches
// backoffLimit 5 (>=) at +200, well before the 300s deadline, so the Job fails with BackoffLimitExceeded at +201.
export default {
  id: 'seeds/s001-ads-vs-backofflimit-onfailure',
  source: 'job_controller.go syncJob (backoff limit checked before pastActiveDeadline), pastBackoffLimitOnFailure; kubelet doBackOff; reference job §2.4 steps 4-5, §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 300
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 201], ['Failed', 'BackoffLimitExceeded', 202]], 'conditions');
    const pod = h.podsOf('data-processing-job')[0];
    h.eq(pod.status.containerStatuses[0].restartCount, 5, 'restartCount');
    h.eq(h.events({ reason: 'Started', kind: 'Pod' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60, 110, 200], 'container starts');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).length, 0, 'no DeadlineExceeded');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[202, 'BackoffLimitExceeded']], 'warning');
  },
};
