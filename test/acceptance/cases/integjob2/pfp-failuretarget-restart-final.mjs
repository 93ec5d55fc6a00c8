// TestJobPodFailurePolicyWithFailedPodDeletedDuringControllerRestart (adapted): a 3/3 Job with a FailJob rule on exit
// code 5; one pod exits 5 at 10s while the other two run on (they ignore SIGTERM, grace 30s). The sync at 11s records
// FailureTarget, deletes the two running pods and counts them failed; the Job controller then stops (12s-60s) while
// the killed pods end (41s). The new controller instance promotes FailureTarget to Failed (same reason and message)
// as soon as it syncs, since no pod is terminating any more; the Warning event is emitted with Failed, not before.
// Indexed with perIndex only to give one pod its own behaviour (the upstream Job is NonIndexed; same rules).
export default {
  id: 'integjob2/pfp-failuretarget-restart-final',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicyWithFailedPodDeletedDuringControllerRestart (validateJobFailed after the second controller starts, validateNoOrphanPodsWithFinalizers); job_controller.go syncJob (FailureTarget present -> newFailedConditionForFailureTarget), enactJobFinished, recordJobFinished (Warning event with the condition reason/message)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pfp-restart}
spec:
  faults:
    - {at: 12s, controllerDown: job, for: 48s}
  behaviors:
    - selector: {matchLabels: {app: pf}}
      duration: 300s
      onSigterm: ignore
      perIndex:
        "1": {duration: 10s, exitCodes: [5]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pf}
spec:
  completionMode: Indexed
  parallelism: 3
  completions: 3
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: {operator: In, values: [5]}
  template:
    metadata: {labels: {app: pf}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pf');
    h.eq(pods.length, 3, 'pods created');
    const failing = pods.find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    const msg = `Container main-container for pod default/${failing.metadata.name} failed with exit code 5 matching FailJob rule at index 0`;
    const job = h.job('pf');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'PodFailurePolicy', msg, 11],
      ['Failed', 'True', 'PodFailurePolicy', msg, 60],
    ], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.succeeded ?? 0, job.status.terminating, job.status.ready, job.status.completionTime],
      [0, 3, 0, 0, 0, undefined], '[active, failed, succeeded, terminating, ready, completionTime]');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]),
      [['0', 'Failed', 137, 41, []], ['1', 'Failed', 5, undefined, []], ['2', 'Failed', 137, 41, []]], 'pods [index, phase, exit code, deletionTimestamp, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'pf' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.type, e.reason, e.message.replace(/-[a-z0-9]{5}$/, '-*'), h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulDelete', 'Deleted pod: pf-0-*', 11],
      ['Normal', 'SuccessfulDelete', 'Deleted pod: pf-2-*', 11],
      ['Warning', 'PodFailurePolicy', msg, 60],
    ], 'job events after creation');
  },
};
