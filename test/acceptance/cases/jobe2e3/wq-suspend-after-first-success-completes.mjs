// A work-queue Job (completions unset, parallelism 3, pods of 10-100s): two pods have succeeded when the Job is suspended
// at 60s. The suspension deletes the running pod (not counted failed), which leaves active 0 with succeeded > 0: the
// completion check comes before the suspend handling, so the Job gets SuccessCriteriaMet (CompletionsReached) in that sync
// and no Suspended condition or event; Complete at 61s once the deleted pod is gone.
export default {
  id: 'jobe2e3/wq-suspend-after-first-success-completes',
  source: 'test/integration/job/job_test.go TestParallelJob ("Once one Pod succeeds, no more Pods are created"; "No more Pods are created after remaining Pods succeed" -> validateJobComplete) and TestSuspendJob (create=false, update=true); job_controller.go syncJob (after manageJob: `complete = jobCtx.succeeded > 0 && active == 0` checked before `if job.Spec.Suspend` ensureJobConditionStatus JobSuspended), manageJob (suspend: deleteJobPods)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: wqs}
spec:
  behaviors:
    - selector: {matchLabels: {app: wqs}}
      duration: {uniform: [10s, 100s]}
  timeline:
    - {at: 60s, patch: {kind: Job, name: wqs, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: wqs}
spec:
  parallelism: 3
  template:
    metadata: {labels: {app: wqs}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('wqs');
    const fin = (p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt);
    h.eq(pods.map((p) => p.status.phase).sort(), ['Failed', 'Succeeded', 'Succeeded'], 'pod phases (the seed draws two pods under 60s)');
    h.assert(pods.filter((p) => p.status.phase === 'Succeeded').every((p) => fin(p) < 59), 'both successes before the suspension');
    const killed = pods.find((p) => p.status.phase === 'Failed');
    h.eq([h.exitCodeOf(killed), fin(killed), h.sec(killed.metadata.deletionTimestamp)], [143, 60, 90], 'the running pod is deleted by the suspension');
    const job = h.job('wqs');
    const m = 'Reached expected number of succeeded pods';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', m, 60], ['Complete', 'CompletionsReached', m, 61]], 'conditions (no Suspended)');
    h.eq([job.spec.suspend, job.status.succeeded, job.status.failed ?? 0, job.status.terminating, h.sec(job.status.completionTime)], [true, 2, 0, 0, 61],
      '[spec.suspend, succeeded, failed, terminating, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'wqs' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[60, 'SuccessfulDelete'], [61, 'Completed']], 'events (no Suspended)');
  },
};
