// TestJobPodFailurePolicyWithFailedPodDeletedDuringControllerRestart (adapted, interim state): right after the FailJob
// match the Job has only the interim FailureTarget condition; the sync that added it deleted the two running pods
// (which ignore SIGTERM for their 30s grace) and, the Job being finished, counted them failed at once and removed their
// finalizers (canRemoveFinalizer: finishedCondition != nil). Snapshot at 20s: failed 3, terminating 2, active 0, ready 0.
export default {
  id: 'integjob2/pfp-failuretarget-interim',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicyWithFailedPodDeletedDuringControllerRestart (finalizer of the failed pod removed just after FailureTarget); job_controller.go trackJobStatusAndRemoveFinalizers ("When the job is considered finished, every non-terminated pod is considered failed"), canRemoveFinalizer, enactJobFinished (terminating > 0 delays Failed), deleteActivePods (ready -= deletedReady)',
  args: ['--duration', '20s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pfp-interim}
spec:
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
    const failing = pods.find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    const job = h.job('pf');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'PodFailurePolicy', `Container main-container for pod default/${failing.metadata.name} failed with exit code 5 matching FailJob rule at index 0`, 11],
    ], 'only the interim condition');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.terminating, job.status.ready], [0, 3, 2, 0], '[active, failed, terminating, ready]');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]),
      [['0', 'Running', 41, []], ['1', 'Failed', undefined, []], ['2', 'Running', 41, []]], 'pods [index, phase, deletionTimestamp, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'pf', type: 'Warning' }).length, 0, 'no Warning event before Failed');
  },
};
