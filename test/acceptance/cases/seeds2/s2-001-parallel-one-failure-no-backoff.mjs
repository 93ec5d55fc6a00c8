// Seed 001 "parallelism: 5, completions: 20" with restartPolicy Never where the first pod fails once: the failure and
// four successes finish in the same second, so the back-off record has no failure after the last success
// (newBackoffRecord: a failure not after the last success is not counted): the Job tops up at +11s without the 10s
// pod-failure back-off. 21 pods (creations 5, 5, 5, 5, 1 at 0, 11, 22, 33, 44s), failed 1, Complete at +55s.
export default {
  id: 'seeds2/s2-001-parallel-one-failure-no-backoff',
  source: 'seed 001 §8; job backoff_utils.go newBackoffRecord (failedTime not After lastSuccessTime -> not counted), getRemainingTimeForFailuresCount; job_controller.go manageJob',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  parallelism: 5
  completions: 20
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1,0"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: Never
  backoffLimit: 3
`,
  check(r, h) {
    const pods = h.podsOf('data-processing-job');
    const byT = {};
    for (const p of pods) { const t = h.sec(p.metadata.creationTimestamp); byT[t] = (byT[t] ?? 0) + 1; }
    h.eq(byT, { 0: 5, 11: 5, 22: 5, 33: 5, 44: 1 }, 'creations per instant');
    h.eq(pods.filter((p) => p.status.phase === 'Failed').length, 1, 'one failed pod');
    const job = h.job('data-processing-job');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [20, 1, 55], 'status');
  },
};
