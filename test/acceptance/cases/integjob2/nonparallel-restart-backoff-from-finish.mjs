// TestNonParallelJob (controller restarted around the failure): the Job controller is down 5s-15s; the only pod fails at
// 10s. The new instance counts the failure when it relists (15s) and rebuilds the back-off from the pod itself (one
// failure, finished at 10s): the replacement waits until 20s, not 25s (10s from the restart) nor 15s. The replacement
// succeeds at 30s: Complete at 31s with failed 1, succeeded 1.
export default {
  id: 'integjob2/nonparallel-restart-backoff-from-finish',
  source: 'test/integration/job/job_test.go TestNonParallelJob (controller restarted; "Failed Pod is replaced"; Failed 1, Succeeded 1); backoff_utils.go newBackoffRecord (no stored record: failures and lastFailureTime from the new failed pods), getFinishedTime, getRemainingTimeForFailuresCount',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: np}
spec:
  faults:
    - {at: 5s, controllerDown: job, for: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: np}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('np').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.finalizers ?? []]), [[0, 'Failed', []], [20, 'Succeeded', []]], 'pods [created, phase, finalizers]');
    const job = h.job('np');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 31], ['Complete', 'CompletionsReached', 31]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active ?? 0, h.sec(job.status.completionTime)], [1, 1, 0, 31], '[failed, succeeded, active, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'np', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 20], 'creations at');
  },
};
