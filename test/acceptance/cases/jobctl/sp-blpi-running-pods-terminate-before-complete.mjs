// Success policy (any one of indexes 0,1) with backoffLimitPerIndex: index 1 succeeds at 10s. SuccessCriteriaMet at
// 11s deletes the pods of indexes 0 and 2, which ignore SIGTERM (grace 20s) and are killed at 31s (exit 137).
// Complete (same reason and message) only once they are gone, at 32s. The killed pods are neither counted failed nor
// failed indexes: failed absent, failedIndexes "" (present, as with backoffLimitPerIndex), ready 0 from 11s.
export default {
  id: 'jobctl/sp-blpi-running-pods-terminate-before-complete',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with successPolicy; jobPodReplacementPolicy feature enabled; job has SuccessCriteriaMet condition when job meets to successPolicy and some pods still are running" (Terminating 2, only SuccessCriteriaMet); job_controller.go trackJobStatusAndRemoveFinalizers (SuccessCriteriaMet: non-terminal pods not counted failed), enactJobFinished (terminating > 0 delays Complete), FailedIndexes = ptr.To(failedIndexes.String())',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sb}
spec:
  behaviors:
  - selector: {matchLabels: {app: sb}}
    duration: 1h
    onSigterm: ignore
    perIndex:
      "1": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sb}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 3
  successPolicy:
    rules:
    - {succeededIndexes: "0,1", succeededCount: 1}
  template:
    metadata: {labels: {app: sb}}
    spec:
      terminationGracePeriodSeconds: 20
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('sb');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 32],
    ], 'conditions');
    h.eq([j.status.succeeded, j.status.completedIndexes, j.status.failed, j.status.failedIndexes, j.status.terminating, j.status.ready, j.status.active, h.sec(j.status.completionTime)],
      [1, '1', undefined, '', 0, 0, undefined, 32], '[succeeded, completedIndexes, failed, failedIndexes, terminating, ready, active, completionTime]');
    const pods = h.podsOf('sb').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp) ?? null]);
    h.eq(pods, [['0', 'Failed', 137, 31], ['1', 'Succeeded', 0, null], ['2', 'Failed', 137, 31]], 'pods [index, phase, exit, deletionTimestamp]');
    h.eq(h.events({ kind: 'Job', name: 'sb' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [11, 'SuccessfulDelete'], [11, 'SuccessfulDelete'], [32, 'Completed']], 'events');
  },
};
