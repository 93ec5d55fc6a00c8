// Suspending an Indexed Job removes the pods' tracking finalizers before deleting them: index 0's pod ignores
// SIGTERM and finishes its work with exit 0 at 20s, within the 30s grace period, but without the finalizer its
// success is not a completed index. On resume at 40s both indexes run again (0 and 1, 20s each): Complete at 61s
// with completedIndexes "0,1" and succeeded 2 (not 3).
export default {
  id: 'jobctl/indexed-suspend-pod-succeeds-in-grace-rerun',
  source: 'job_controller_test.go TestControllerSyncJob "suspending a job with satisfied expectations" (active pods deleted, Suspended "Job suspended") and "resuming a suspended job" (JobResumed, creations); job_controller.go deleteJobPods (removeTrackingFinalizerPatch before DeletePod); indexed_job_utils.go calculateSucceededIndexes (Succeeded pods with the tracking finalizer only), firstPendingIndexes',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: is}
spec:
  behaviors:
  - selector: {matchLabels: {app: is}}
    duration: 20s
    onSigterm: ignore
  timeline:
  - {at: 10s, patch: {kind: Job, name: is, spec: {suspend: true}}}
  - {at: 40s, patch: {kind: Job, name: is, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: is}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: is}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('is').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp) ?? null]);
    h.eq(pods, [['0', 0, 'Succeeded', 40], ['1', 0, 'Succeeded', 40], ['0', 40, 'Succeeded', null], ['1', 40, 'Succeeded', null]], 'pods [index, created, phase, deletionTimestamp]');
    const j = h.job('is');
    h.eq(j.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 40],
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 61],
      ['Complete', 'True', 'CompletionsReached', 61],
    ], 'conditions');
    h.eq([j.status.succeeded, j.status.completedIndexes, j.status.failed, h.sec(j.status.startTime)], [2, '0,1', undefined, 40], '[succeeded, completedIndexes, failed, startTime]');
    h.eq(h.events({ kind: 'Job', name: 'is' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [
      [0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [10, 'SuccessfulDelete'], [10, 'SuccessfulDelete'], [10, 'Suspended'],
      [40, 'SuccessfulCreate'], [40, 'SuccessfulCreate'], [40, 'Resumed'], [61, 'Completed'],
    ], 'events');
  },
};
