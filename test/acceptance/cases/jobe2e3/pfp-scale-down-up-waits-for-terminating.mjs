// With a podFailurePolicy (so podReplacementPolicy defaults to Failed), parallelism 3 -> 1 at 20s deletes two pods that
// ignore SIGTERM (terminating 2, not counted). Raising parallelism back to 3 at 25s creates nothing: the terminating pods
// still occupy their slots (diff = 3 - 2 - 1). They are SIGKILLed at 50s; the two new pods come at 51s, with no back-off
// (the scale-down victims lost their tracking finalizer and never count as failures).
export default {
  id: 'jobe2e3/pfp-scale-down-up-waits-for-terminating',
  source: 'test/integration/job/job_test.go TestParallelJobChangingParallelism (Active 2, then 4) and TestJobPodReplacementPolicy "feature flag false, podFailurePolicy enabled, delete & fail pods, recreate failed pods" (PodReplacementPolicy Failed); apis/batch/v1/defaults.go (podReplacementPolicy Failed when podFailurePolicy is set); job_controller.go manageJob (onlyReplaceFailedPods: diff := wantActive - terminating - active), deleteJobPods (finalizer removed before DELETE)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pt}
spec:
  duration: 100s
  behaviors:
    - selector: {matchLabels: {app: pt}}
      duration: 300s
      onSigterm: ignore
  timeline:
    - {at: 20s, patch: {kind: Job, name: pt, spec: {parallelism: 1}}}
    - {at: 25s, patch: {kind: Job, name: pt, spec: {parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pt}
spec:
  completions: 6
  parallelism: 3
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget}]
  template:
    metadata: {labels: {app: pt}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pt');
    h.eq(job.spec.podReplacementPolicy, 'Failed', 'defaulted podReplacementPolicy');
    h.eq(h.events({ kind: 'Job', name: 'pt' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [
      [0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [20, 'SuccessfulDelete'], [20, 'SuccessfulDelete'],
      [51, 'SuccessfulCreate'], [51, 'SuccessfulCreate']], 'Job events');
    const pods = h.podsOf('pt');
    h.eq(pods.filter((p) => p.metadata.deletionTimestamp).map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]),
      [['Failed', 137, 50], ['Failed', 137, 50]], 'the scale-down victims, SIGKILLed at 50s');
    h.eq([job.status.active, job.status.ready, job.status.terminating, job.status.failed, job.status.succeeded], [3, 3, 0, undefined, undefined], '[active, ready, terminating, failed, succeeded] at 100s');
  },
};
