// Seed 001's data-processing Job (restartPolicy OnFailure, backoffLimit 3) run with the seed's "parallelism: 5,
// completions: 20": four of the five first pods fail once (attempts 1-4 exit 1), the fifth succeeds. The four
// restart at once at 10s, and their restarts add up: 4 >= 3, so the whole Job fails at 11s although no pod failed
// twice. The four running pods are deleted and counted failed, the succeeded one stays counted: succeeded 1,
// failed 4; no further pod is created; Failed at 12s.
export default {
  id: 'onfailure/seed-parallel-onfailure-restarts-add-up',
  source: 'seed 001 §4 (OnFailure, backoffLimit 3) and §8 (parallelism 5, completions 20); job_controller.go pastBackoffLimitOnFailure (sum over pods), syncJob (no manageJob once a failure condition is set); reference job §3.5',
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
        jobsim/exit-codes: "1,1,1,1,0"
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
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.active], [1, 4, undefined], '[succeeded, failed, active]');
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 5, 'five pods, no more');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount]).sort(), [['Failed', 1], ['Failed', 1], ['Failed', 1], ['Failed', 1], ['Succeeded', 0]], 'pods');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [11, 11, 11, 11], 'deletions');
  },
};
