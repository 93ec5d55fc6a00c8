// TestSuccessPolicy_ReEnabling (final): once the third index succeeds (30s) the rule succeededCount 3 is met:
// SuccessCriteriaMet (SuccessPolicy, "Matched rules at index 0") at 31s, indexes 3 and 4 deleted; they ignore SIGTERM
// and are killed at the end of their 30s grace (137). Being removed after the success criteria were met, they are not
// counted as failed (trackJobStatusAndRemoveFinalizers excludes SuccessCriteriaMet). Complete once none is terminating.
export default {
  id: 'integjob2/sp-reenabling-final',
  source: 'test/integration/job/job_test.go TestSuccessPolicy_ReEnabling (Succeeded 3, "0-2", SuccessCriteriaMet, validateJobComplete, validateFinishedPodsNoFinalizer); job_controller.go trackJobStatusAndRemoveFinalizers (finishedCondition != nil && !isSuccessCriteriaMetCondition), enactJobFinished (CompletionTime = Complete transition), recordJobFinished ("Completed")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp}}
      duration: 300s
      onSigterm: ignore
      perIndex:
        "0": {duration: 10s}
        "1": {duration: 20s}
        "2": {duration: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  successPolicy:
    rules: [{succeededCount: 3}]
  template:
    metadata: {labels: {app: sp}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'SuccessPolicy', 'Matched rules at index 0', 31],
      ['Complete', 'True', 'SuccessPolicy', 'Matched rules at index 0', 62],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0, job.status.active ?? 0, job.status.terminating, h.sec(job.status.completionTime)],
      [3, '0-2', 0, 0, 0, 62], '[succeeded, completedIndexes, failed, active, terminating, completionTime]');
    h.eq(h.podsOf('sp').map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]), [
      ['0', 'Succeeded', 0, undefined, []], ['1', 'Succeeded', 0, undefined, []], ['2', 'Succeeded', 0, undefined, []],
      ['3', 'Failed', 137, 61, []], ['4', 'Failed', 137, 61, []],
    ], 'pods [index, phase, exit code, deletionTimestamp, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'sp' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.type, e.reason, e.message.replace(/-[a-z0-9]{5}$/, '-*'), h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulDelete', 'Deleted pod: sp-3-*', 31], ['Normal', 'SuccessfulDelete', 'Deleted pod: sp-4-*', 31], ['Normal', 'Completed', 'Job completed', 62],
    ], 'job events after creation');
  },
};
