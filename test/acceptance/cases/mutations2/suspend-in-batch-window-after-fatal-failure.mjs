// backoffLimit 0: the pod fails at 10s; the suspension patched at 10.5s syncs at once (before the 1s-batched pod
// sync) and that sync already counts the failure: failed 1 > 0 -> FailureTarget and Failed at 10s, no Suspended
// condition (manageJob is not called on the finished path), no Suspended event.
export default {
  id: 'mutations2/suspend-in-batch-window-after-fatal-failure',
  source: 'job_controller.go syncJob (exceedsBackoffLimit -> finishedCondition before manageJob; suspend conditions only when manageJobCalled); updateJob (generation change: immediate sync)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 10500ms, patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq((j.status.conditions ?? []).map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 10], ['Failed', 'BackoffLimitExceeded', 10]], 'conditions');
    h.eq([j.status.failed, j.spec.suspend, j.metadata.generation], [1, true, 2], '[failed, suspend, generation]');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => e.reason), ['SuccessfulCreate', 'BackoffLimitExceeded'], 'events');
  },
};
