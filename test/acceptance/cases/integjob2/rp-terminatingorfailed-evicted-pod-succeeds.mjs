// TestJobPodReplacementPolicy "feature flag true with IndexedJob, TerminatingOrFailed policy": the pod of index 1 is
// evicted at 5s; under TerminatingOrFailed it is a failure at once (counted, finalizer removed) and index 1 is re-run
// after the 10s back-off counted from the deletion request (15s). The evicted pod then finishes its work within its
// grace period (Succeeded, 20s), but is no longer tracked: only the replacement's success counts. failed 1,
// succeeded 2, Complete at 36s (the replacement ends at 35s).
export default {
  id: 'integjob2/rp-terminatingorfailed-evicted-pod-succeeds',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag true with IndexedJob, TerminatingOrFailed policy, delete & fail pods, recreate terminating pods" (wantStatusAfterDeletion active 2, failed 2); job_controller.go isPodFailed (DeletionTimestamp && phase != Succeeded), canRemoveFinalizer; indexed_job_utils.go calculateSucceededIndexes (needs the finalizer); backoff_utils.go getFinishTimeFromDeletionTimestamp',
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
  podReplacementPolicy: TerminatingOrFailed
  template:
    metadata: {annotations: {jobsim/duration: 20s, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('rp');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p), p.metadata.finalizers ?? []]),
      [['0', 0, 'Succeeded', 0, []], ['1', 0, 'Succeeded', 0, []], ['1', 15, 'Succeeded', 0, []]], 'pods [index, created, phase, exit code, finalizers]');
    h.eq(pods[1].metadata.name, 'rp-1-vqbl8', 'evicted pod (the fault names it)');
    const job = h.job('rp');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.terminating, h.sec(job.status.completionTime)], [2, '0,1', 1, 0, 36], '[succeeded, completedIndexes, failed, terminating, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'rp', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 15], 'creations at');
  },
};
