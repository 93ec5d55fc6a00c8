// TestParallelJobChangingParallelism ("Increase parallelism again"): after 5 -> 2 at 10s, parallelism 2 -> 4 at 20s
// while the three removed pods still terminate. With the default podReplacementPolicy (TerminatingOrFailed, no pod
// failure policy) terminating pods do not hold back creations: two pods are created at 20s. At 25s: active 4, ready 4,
// terminating 3, failed 0.
export default {
  id: 'integjob2/parallelism-raised-while-terminating',
  source: 'test/integration/job/job_test.go TestParallelJobChangingParallelism (Active 4 after the second patch); job_controller.go manageJob (terminating subtracted only when onlyReplaceFailedPods), updateJob (spec change synced immediately); api defaults podReplacementPolicy TerminatingOrFailed without podFailurePolicy',
  args: ['--duration', '25s'],
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
    h.eq([job.status.active, job.status.ready, job.status.terminating, job.status.failed ?? 0, job.spec.podReplacementPolicy], [4, 4, 3, 0, 'TerminatingOrFailed'], '[active, ready, terminating, failed, podReplacementPolicy]');
    h.eq(h.events({ kind: 'Job', name: 'par' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [
      ...Array(5).fill(['SuccessfulCreate', 0]), ...Array(3).fill(['SuccessfulDelete', 10]), ...Array(2).fill(['SuccessfulCreate', 20]),
    ], 'job events');
    h.eq(h.podsOf('par').filter((p) => !p.metadata.deletionTimestamp).map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Running'], [0, 'Running'], [20, 'Running'], [20, 'Running']], 'active pods [created, phase]');
  },
};
