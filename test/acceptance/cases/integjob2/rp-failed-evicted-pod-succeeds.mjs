// TestJobPodReplacementPolicy "feature flag true, Failed policy" (Indexed): the pod of index 1 is evicted at 5s but
// finishes its work within the grace period (it ignores SIGTERM) and ends Succeeded at 20s. Under Failed, a terminating
// pod is neither replaced nor counted until it is terminal, and it kept its tracking finalizer (deleted by the Eviction
// API, not by the Job controller): it counts as the success of index 1. No replacement; failed 0; Complete at 21s.
export default {
  id: 'integjob2/rp-failed-evicted-pod-succeeds',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag true, Failed policy, delete & fail pods, recreate failed pods" (wantStatusAfterDeletion active 0, failed 0, terminating 2); job_controller.go isPodFailed (onlyReplaceFailedPods: phase Failed only), trackJobStatusAndRemoveFinalizers (Succeeded pod with finalizer counted); indexed_job_utils.go firstPendingIndexes (terminating indexes not pending)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rps}
spec:
  faults:
    - {at: 5s, evictPod: default/rp-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 20s, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('rp');
    h.eq(pods.map((p) => [p.metadata.name, h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp)]),
      [['rp-0-bn7wn', 0, 'Succeeded', undefined], ['rp-1-vqbl8', 0, 'Succeeded', 35]], 'pods [name, created, phase, deletionTimestamp] (no replacement; the fault names rp-1-vqbl8)');
    const job = h.job('rp');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0, job.status.terminating, h.sec(job.status.completionTime)], [2, '0,1', 0, 0, 21], '[succeeded, completedIndexes, failed, terminating, completionTime]');
    h.hasCond(job, 'Complete', 'CompletionsReached');
  },
};
