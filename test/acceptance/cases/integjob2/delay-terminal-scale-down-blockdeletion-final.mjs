// TestDelayTerminalPhaseCondition "job scale down to meet completions; JobPodReplacementPolicy and JobSuccessPolicy are
// enabled", with the test's pod finalizer: 2/2 Indexed; index 0 succeeds at 10s; scaled to 1/1 at 12s: the index-1 pod
// is out of range and deleted (tracking finalizer removed first), and the same sync finds succeeded >= completions with
// no active pod: SuccessCriteriaMet (CompletionsReached) at 12s. The pod finishes its work within its grace period
// (Succeeded, 20s) - as the test sets it Succeeded - but is not counted: succeeded 1, completedIndexes "0". Complete
// once it is no longer terminating (21s).
export default {
  id: 'integjob2/delay-terminal-scale-down-blockdeletion-final',
  source: 'test/integration/job/job_test.go TestDelayTerminalPhaseCondition "job scale down to meet completions; JobPodReplacementPolicy and JobSuccessPolicy are enabled" (wantTerminalStatus Succeeded 1, CompletedIndexes "0", [SuccessCriteriaMet, Complete] CompletionsReached); job_controller.go syncJob (complete after manageJob), deleteJobPods; indexed_job_utils.go calculateSucceededIndexes (ix < completions, finalizer)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: scale-down}
spec:
  behaviors:
    - selector: {matchLabels: {app: sd}}
      duration: 10s
      onSigterm: ignore
      perIndex:
        "1": {duration: 20s}
  timeline:
    - {at: 12s, patch: {kind: Job, name: sd, spec: {completions: 1, parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sd}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata:
      labels: {app: sd}
      finalizers: [fake.example.com/blockDeletion]
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sd');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 12],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 21],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0, job.status.ready, job.status.terminating, h.sec(job.status.completionTime)], [1, '0', 0, 0, 0, 21],
      '[succeeded, completedIndexes, failed, ready, terminating, completionTime]');
    h.eq(h.podsOf('sd').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]), [
      ['0', 'Succeeded', undefined, ['fake.example.com/blockDeletion']], ['1', 'Succeeded', 42, ['fake.example.com/blockDeletion']],
    ], 'pods [index, phase, deletionTimestamp, finalizers]');
  },
};
