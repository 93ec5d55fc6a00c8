// Once FailureTarget is set, a success policy is never evaluated and a pod the failure deleted does not count
// when it later succeeds: index 0 exits 42 at 5s (FailJob), FailureTarget at 6s deletes index 1's pod, which
// ignores SIGTERM, finishes its work at 10s and exits 0. It was counted failed at 6s (tracking finalizer gone),
// so its success adds no completed index: no SuccessCriteriaMet, Failed (PodFailurePolicy) at 11s, failed 2.
export default {
  id: 'jobctl/failuretarget-then-index-succeeds-not-counted',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with successPolicy and podFailureTarget; ... job with FailureTarget has never been transitioned to SuccessCriteriaMet even if job meets successPolicy"; job_controller.go syncJob (existing FailureTarget -> finishedCondition, success policy skipped), trackJobStatusAndRemoveFinalizers (running pod counted failed when finishedCondition is a failure); indexed_job_utils.go calculateSucceededIndexes (only pods that still have the tracking finalizer)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ft}
spec:
  behaviors:
  - selector: {matchLabels: {app: ft}}
    duration: 10s
    onSigterm: ignore
    perIndex:
      "0": {duration: 5s, exitCodes: [42]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ft}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - {succeededIndexes: "0,1", succeededCount: 1}
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}
  template:
    metadata: {labels: {app: ft}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ft');
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const p0 = pods.find((p) => ix(p) === '0');
    const p1 = pods.find((p) => ix(p) === '1');
    h.eq(pods.length, 2, 'two pods');
    h.eq([p0.status.phase, p1.status.phase, h.exitCodeOf(p1), h.sec(p1.metadata.deletionTimestamp)], ['Failed', 'Succeeded', 0, 36], 'pods [0 phase, 1 phase, 1 exit, 1 deletionTimestamp]');
    const msg = `Container c for pod default/${p0.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    const j = h.job('ft');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', msg, 6],
      ['Failed', 'PodFailurePolicy', msg, 11],
    ], 'conditions');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes, j.status.terminating, j.status.active], [2, undefined, undefined, 0, undefined], '[failed, succeeded, completedIndexes, terminating, active]');
    h.eq(h.events({ kind: 'Job', name: 'ft' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [6, 'SuccessfulDelete'], [11, 'PodFailurePolicy']], 'events');
  },
};
