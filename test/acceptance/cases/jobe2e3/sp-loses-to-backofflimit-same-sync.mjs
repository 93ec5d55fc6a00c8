// Indexed 3/3, backoffLimit 0, successPolicy succeededIndexes "0": index 0 succeeds and index 1 fails at 10s, so one sync
// (11s) sees both. The backoffLimit check comes before the success policy: FailureTarget BackoffLimitExceeded (no
// SuccessCriteriaMet), index 2 deleted and counted failed (failed 2), completedIndexes "0" kept; Failed at 12s once the
// deleted pod has terminated.
export default {
  id: 'jobe2e3/sp-loses-to-backofflimit-same-sync',
  source: 'test/integration/job/job_test.go TestSuccessPolicy ("job with successPolicy with succeededIndexes ...") and TestDelayTerminalPhaseCondition ("job backoff limit exceeded"); job_controller.go syncJob (exceedsBackoffLimit sets finishedCondition first; matchSuccessPolicy only `if jobCtx.finishedCondition == nil`), trackJobStatusAndRemoveFinalizers ("When the job is considered finished, every non-terminated pod is considered failed"), enactJobFinished (terminating > 0 delays Failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: spb}
spec:
  behaviors:
    - selector: {matchLabels: {app: spb}}
      duration: 300s
      perIndex:
        "0": {duration: 10s}
        "1": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: spb}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimit: 0
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: spb}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('spb');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions (no SuccessCriteriaMet)');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.terminating, job.status.completionTime], [1, '0', 2, 0, undefined],
      '[succeeded, completedIndexes, failed, terminating, completionTime]');
    h.eq(h.podsOf('spb').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p)]),
      [['0', 'Succeeded', 0], ['1', 'Failed', 1], ['2', 'Failed', 143]], 'pods [index, phase, exit code]');
    const del = h.events({ kind: 'Job', name: 'spb', reason: 'SuccessfulDelete' });
    h.eq(del.map((e) => [h.sec(e.firstTimestamp), e.message.startsWith('Deleted pod: spb-2-')]), [[11, true]], 'index 2 deleted at 11s');
    h.eq(h.events({ kind: 'Job', name: 'spb', type: 'Warning' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[12, 'BackoffLimitExceeded']], 'Warning events');
    h.eq(h.events({ kind: 'Job', name: 'spb', reason: 'Completed' }).length, 0, 'no Completed event');
  },
};
