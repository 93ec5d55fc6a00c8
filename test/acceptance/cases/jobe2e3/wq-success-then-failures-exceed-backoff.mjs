// A work-queue Job (completions unset, parallelism 3, backoffLimit 1): at 20s one pod succeeds and two fail in the same
// sync; the backoffLimit check runs before the completion check, so the Job fails (BackoffLimitExceeded) although a pod
// succeeded: succeeded 1, failed 2, no replacement pod, FailureTarget and Failed at 21s.
export default {
  id: 'jobe2e3/wq-success-then-failures-exceed-backoff',
  source: 'test/integration/job/job_test.go TestParallelJob ("Once one Pod succeeds, no more Pods are created, even if some fail"; Failed 2 -> 4 counted), with backoffLimit below the failures; job_controller.go syncJob (exceedsBackoffLimit := jobCtx.failed > BackoffLimit evaluated before manageJob and the `complete = jobCtx.succeeded > 0 && active == 0` check), trackJobStatusAndRemoveFinalizers (Succeeded pod counted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: wq}
spec:
  behaviors:
    - selector: {matchLabels: {app: wq}}
      duration: 20s
      exitCodes: [0, 1, 1]
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 3
  backoffLimit: 1
  template:
    metadata: {labels: {app: wq}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('wq');
    const m = 'Job has reached the specified backoff limit';
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', m, 21],
      ['Failed', 'True', 'BackoffLimitExceeded', m, 21],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.active ?? 0, job.status.ready, job.status.terminating, job.status.completionTime], [1, 2, 0, 0, 0, undefined],
      '[succeeded, failed, active, ready, terminating, completionTime]');
    h.eq(h.podsOf('wq').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]).sort(), [[0, 'Failed', 1], [0, 'Failed', 1], [0, 'Succeeded', 0]], 'pods');
    h.eq(h.events({ kind: 'Job', name: 'wq' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[21, 'Warning', 'BackoffLimitExceeded', m]], 'events other than SuccessfulCreate');
    h.eq(r.metrics.jobs.failedReasons, { BackoffLimitExceeded: 1 }, 'metrics.jobs.failedReasons');
  },
};
