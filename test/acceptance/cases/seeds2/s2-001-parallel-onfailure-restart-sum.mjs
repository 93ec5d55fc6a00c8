// Seed 001's parallel Job (parallelism 5 / completions 20) with its basic example's restartPolicy OnFailure and
// backoffLimit 3: when each of the 5 pods' first run fails at +10s, the kubelet restarts all 5 at once; the backoff
// limit counts the restarts of all active pods together (5 >= 3), so one batched sync later (+11s) the Job is
// FailureTarget BackoffLimitExceeded and deletes all 5 running pods (exit 143), which count as failed (5); Failed at
// +12s. No pod ever succeeds although each would have on its second run.
export default {
  id: 'seeds2/s2-001-parallel-onfailure-restart-sum',
  source: 'seed 001 §5/§8; job_controller.go pastBackoffLimitOnFailure (sum of restartCount over Pending/Running pods >= backoffLimit), deleteActivePods, trackJobStatusAndRemoveFinalizers; reference job §3.5',
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
        jobsim/exit-codes: "1,1,1,1,1,0"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12],
    ], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active], [5, undefined, undefined], 'counters');
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount, h.exitCodeOf(p)]), Array(5).fill(['Failed', 1, 143]), 'pods');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), Array(5).fill(11), 'deletions');
  },
};
