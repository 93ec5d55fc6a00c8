// Seed 001 parallel Job (parallelism 5, completions 5, restartPolicy Never, default backoffLimit 6) whose first 5
// attempts all fail at +10s: the back-off counts failures since the last success (5), not per pod: the replacements
// wait 10s * 2^(5-1) = 160s from the last failure, so all five are created at +170s; Complete at +181s with failed 5.
export default {
  id: 'seeds2/s2-001-parallel-wave-fails-backoff-160s',
  source: 'seed 001 §7-8; job backoff_utils.go newBackoffRecord (failuresAfterLastSuccess += new failed pods), getRemainingTimeForFailuresCount (10s doubling per failure, max 6m); job_controller.go manageJob (enqueueSyncJobWithDelay); reference job §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  parallelism: 5
  completions: 5
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1,1,1,1,1,0"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('data-processing-job');
    const byT = {};
    for (const p of pods) { const t = h.sec(p.metadata.creationTimestamp); byT[t] = (byT[t] ?? 0) + 1; }
    h.eq(byT, { 0: 5, 170: 5 }, 'creations per instant');
    const job = h.job('data-processing-job');
    h.eq([job.spec.backoffLimit, job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [6, 5, 5, 181], 'status');
    h.noCond(job, 'Failed');
  },
};
