// A Job at parallelism 0 creates nothing but is not suspended: no Suspended condition, startTime set at once. A suspend
// at 10s (nothing to delete) still writes Suspended/"Job suspended"; resuming at 20s with parallelism 1 creates the
// first pod before the Resumed event; the second completion follows one batched sync after the first (31s).
export default {
  id: 'jobevents/je10-parallelism-zero-suspend-resume',
  source: 'job_controller.go syncJob (StartTime when not suspended; ensureJobConditionStatus Suspended True/False; Resumed resets StartTime), manageJob',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  parallelism: 0
  completions: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  duration: 1m
  timeline:
    - {at: 10s, patch: {kind: Job, name: z, spec: {suspend: true}}}
    - {at: 20s, patch: {kind: Job, name: z, spec: {suspend: false, parallelism: 1}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'z' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev.map((e) => e.slice(0, 2)), [[10, 'Suspended'], [20, 'SuccessfulCreate'], [20, 'Resumed'], [31, 'SuccessfulCreate'], [42, 'Completed']], 'job events');
    h.eq([ev[0][2], ev[2][2]], ['Job suspended', 'Job resumed'], 'messages');
    const s = h.job('z').status;
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [['Suspended', 'False', 'JobResumed', 20, 20], ['SuccessCriteriaMet', 'True', 'CompletionsReached', 42, 42], ['Complete', 'True', 'CompletionsReached', 42, 42]], 'conditions');
    h.eq([h.sec(s.startTime), s.succeeded, h.sec(s.completionTime)], [20, 2, 42], '[startTime, succeeded, completionTime]');
  },
};
