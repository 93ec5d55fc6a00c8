// A running Job at parallelism 0 (no pods) is suspended at 10s and resumed at 20s: manageJob runs each time, so
// the Suspended condition goes True then False and startTime is reset to 20s, although no pod exists.
export default {
  id: 'mutations/suspend-parallelism-zero',
  source: 'job_controller.go syncJob (manageJobCalled: ensureJobConditionStatus JobSuspended True/False, StartTime reset on resume); reference §8',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 1m
  timeline:
  - {at: 10s, patch: {kind: Job, name: x, spec: {suspend: true}}}
  - {at: 20s, patch: {kind: Job, name: x, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  parallelism: 0
  completions: 2
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq(h.sec(j.status.startTime), 20, 'startTime');
    const s = j.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]);
    h.eq(s, [['Suspended', 'False', 'JobResumed', 20]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'x' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['Suspended', 10], ['Resumed', 20]], 'events');
    h.eq([j.status.active ?? 0, j.status.ready, j.status.terminating], [0, 0, 0], 'counters');
  },
};
