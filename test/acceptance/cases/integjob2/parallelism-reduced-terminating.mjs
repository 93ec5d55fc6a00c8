// TestParallelJobChangingParallelism ("Reduce parallelism by a number greater than backoffLimit"): parallelism 5 -> 2 at
// 10s (a spec change: synced at once). Three pods are deleted, their tracking finalizer removed first; they ignore
// SIGTERM for their 30s grace. At 15s: active 2, ready 2, terminating 3, failed 0 (pods removed by the controller are
// never failures), no condition although 3 > backoffLimit 2.
export default {
  id: 'integjob2/parallelism-reduced-terminating',
  source: 'test/integration/job/job_test.go TestParallelJobChangingParallelism (Active 2 after the patch, no failure); job_controller.go updateJob (generation change -> enqueueSyncJobImmediately), manageJob (rmAtLeast = active - wantActive), deleteJobPods (finalizer removed before DELETE; ready -= removedReady; terminating += removed)',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: par}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: par, spec: {parallelism: 2}}}
    - {at: 20s, patch: {kind: Job, name: par, spec: {parallelism: 4}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: par}
spec:
  parallelism: 5
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: 100s, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('par');
    h.eq([job.status.active, job.status.ready, job.status.terminating, job.status.failed ?? 0, job.status.succeeded ?? 0], [2, 2, 3, 0, 0], '[active, ready, terminating, failed, succeeded]');
    h.eq(job.status.conditions ?? [], [], 'no condition');
    const pods = h.podsOf('par');
    const deleted = pods.filter((p) => p.metadata.deletionTimestamp);
    h.eq(deleted.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]), [['Running', 40, []], ['Running', 40, []], ['Running', 40, []]], 'deleted pods [phase, deletionTimestamp, finalizers]');
    h.eq(pods.filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.finalizers), [['batch.kubernetes.io/job-tracking'], ['batch.kubernetes.io/job-tracking']], 'active pods keep the tracking finalizer');
    h.eq(h.events({ kind: 'Job', name: 'par', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [10, 10, 10], 'SuccessfulDelete at');
  },
};
