// The completion check precedes the suspend handling: a suspend patch at 10.5s (immediate sync) finds the pod that
// succeeded at 10s, so the Job completes in that sync (Completed at 10s, before the 11s batched sync) with no
// Suspended condition and no Suspended event, though spec.suspend is true.
export default {
  id: 'jobevents/je05-suspend-after-success-completes',
  source: 'job_controller.go syncJob ("if complete { finishedCondition = newSuccessCondition() } else if manageJobCalled { ... Suspended }"), updateJob (generation change -> enqueueSyncJobImmediately)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: c}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 10500ms, patch: {kind: Job, name: c, spec: {suspend: true}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'c' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev.map((e) => e.slice(0, 2)), [[0, 'SuccessfulCreate'], [10, 'Completed']], 'job events');
    const j = h.job('c');
    h.eq(j.spec.suspend, true, 'spec.suspend');
    h.eq(j.status.conditions.map((c) => [c.type, c.status]), [['SuccessCriteriaMet', 'True'], ['Complete', 'True']], 'conditions');
    h.eq([j.status.succeeded, h.sec(j.status.completionTime), h.sec(j.status.startTime)], [1, 10, 0], '[succeeded, completionTime, startTime]');
  },
};
