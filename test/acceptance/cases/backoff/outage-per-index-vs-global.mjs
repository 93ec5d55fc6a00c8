// The global record lives in the controller's memory; the per-index delay is read from the pods (the failed pod's
// finish time and its failure-count annotation). Both Jobs' single index always fails after 10s; the Job controller
// is down 12s-15s, after counting the first failure (11s) and before its retry (due 20s). At the relist "gl" has an
// empty record and creates its retry at once (15s), and its next failures wait 10s, 20s (retries 35s, 65s); "pi"
// keeps its clock: retry at 20s, then 50s and 100s, as if nothing happened.
export default {
  id: 'backoff/outage-per-index-vs-global',
  source: 'job_controller.go newControllerWithClock (podBackoffStore := newBackoffStore(), memory only), manageJob (global remainingTime vs getPodCreationInfoForIndependentIndexes); backoff_utils.go getRemainingTimePerIndex (getIndexAbsoluteFailureCount + 1 from the delayed-deletion pod, getFinishedTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: out}
spec:
  faults:
    - {at: 12s, controllerDown: job, for: 3s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: gl}
spec:
  completionMode: Indexed
  completions: 1
  backoffLimit: 3
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 3
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = (job) => h.podsOf(job).map((p) => h.sec(p.metadata.creationTimestamp));
    h.eq(created('gl'), [0, 15, 35, 65], 'gl: pods created');
    h.eq(created('pi'), [0, 20, 50, 100], 'pi: pods created');
    h.eq(h.podsOf('pi').map((p) => p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']), ['0', '1', '2', '3'], 'pi: failure-count annotations');
    const gl = h.job('gl'), pi = h.job('pi');
    h.eq([gl.status.failed, gl.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)])],
      [4, [['FailureTarget', 'BackoffLimitExceeded', 76], ['Failed', 'BackoffLimitExceeded', 76]]], 'gl: [failed, conditions]');
    h.eq([pi.status.failed, pi.status.failedIndexes, pi.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)])],
      [4, '0', [['FailureTarget', 'FailedIndexes', 111], ['Failed', 'FailedIndexes', 111]]], 'pi: [failed, failedIndexes, conditions]');
  },
};
