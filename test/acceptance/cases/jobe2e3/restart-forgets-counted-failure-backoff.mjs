// The only pod fails at 10s and is counted at 11s (failed 1, finalizer removed), so the replacement would wait until 20s.
// The Job controller restarts (down 12s-15s): its back-off store is in memory and the counted pod carries no finalizer,
// so the new instance sees no failure: the replacement is created at its return (15s). When that pod fails (25s) the
// sequence starts over at one failure: 10s, not 20s, so the third pod comes at 35s; Complete at 46s (failed 2).
export default {
  id: 'jobe2e3/restart-forgets-counted-failure-backoff',
  source: 'test/integration/job/job_test.go TestNonParallelJob ("Restarting controller." then "Failed Pod is replaced": Active 1, Failed 1) and TestJobPodsCreatedWithExponentialBackoff; job_controller.go NewController (podBackoffStore: newBackoffStore(), in memory), syncJob (newBackoffRecord from newFailedPods, which need the tracking finalizer: getNewFinishedPods/getValidPodsWithFilter); backoff_utils.go getRemainingTimeForFailuresCount',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cr}
spec:
  behaviors:
    - selector: {matchLabels: {app: cr}}
      duration: 10s
      exitCodes: [1, 1, 0]
  faults:
    - {at: 12s, controllerDown: job, for: 3s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: cr}
spec:
  template:
    metadata: {labels: {app: cr}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('cr').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Failed', 1], [15, 'Failed', 1], [35, 'Succeeded', 0]], 'pods [created, phase, exit]');
    const job = h.job('cr');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1, 2, 46], '[succeeded, failed, completionTime]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 46], ['Complete', 'CompletionsReached', 46]], 'conditions');
  },
};
