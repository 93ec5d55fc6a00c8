// Job concept page, "Parallel execution" (work queue: completions unset): "when any Pod from the Job terminates with
// success, no new Pods are created". The controller's comment adds that later failures are "ignored", but only for
// the number of pods to run: every failure still counts against backoffLimit, which syncJob checks before the
// completion test. Three workers (20s each, attempts exit 0, 1, 1), backoffLimit 1: one success and two failures at
// 20s -> failed 2 > 1: FailureTarget and Failed (BackoffLimitExceeded) at 21s, not Complete.
export default {
  id: 'jobdocs/j01-wq-failure-after-success-counts',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs; job_controller.go syncJob (exceedsBackoffLimit := jobCtx.failed > backoffLimit evaluated before the "complete = succeeded > 0 && active == 0" branch)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: wq-fail-after-success }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: job-wq } }
    duration: 20s
    exitCodes: [0, 1, 1]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-wq
spec:
  parallelism: 3
  backoffLimit: 1
  template:
    spec:
      containers:
      - name: c
        image: gcr.io/myproject/job-wq
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('job-wq');
    h.eq([job.spec.completions, job.spec.parallelism], [undefined, 3], 'work-queue spec');
    h.eq([job.status.succeeded, job.status.failed, job.status.active ?? 0, job.status.completionTime], [1, 2, 0, undefined], 'status');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 21],
      ['Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 21]], 'conditions');
    h.noCond(job, 'Complete');
    h.eq(h.podsOf('job-wq').length, 3, 'no replacement pods');
    h.eq(h.events({ kind: 'Job', reason: 'BackoffLimitExceeded' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 21]], 'event');
  },
};
