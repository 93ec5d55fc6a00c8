// FailedCreate retries follow the per-Job rate limiter (1s, 2s, 4s ...); a suspend makes the sync succeed (Forget),
// so after the resume the retries start again at 1s: FailedCreate at 20 (with Resumed after it, same sync), 21, 23, 27, 35.
// startTime, set at the first (failed) sync, is reset by the resume.
export default {
  id: 'jobevents/je09-failedcreate-suspend-resume-ratelimit',
  source: 'job_controller.go processNextWorkItem (Forget on success, AddRateLimited on error; DefaultJobApiBackOff 1s), syncJob (Resumed recorded though manageJob returned an error; "return manageJobErr"), controller_utils.go createPods "Error creating: %v"',
  args: ['--duration', '40s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fc}
spec:
  template:
    spec:
      priorityClassName: nope
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: fc, spec: {suspend: true}}}
    - {at: 20s, patch: {kind: Job, name: fc, spec: {suspend: false}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'fc' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]);
    const F = (t) => [t, 'Warning', 'FailedCreate'];
    h.eq(ev, [F(0), F(1), F(3), F(7), [10, 'Normal', 'Suspended'], F(20), [20, 'Normal', 'Resumed'], F(21), F(23), F(27), F(35)], 'job events');
    h.eq(h.events({ reason: 'FailedCreate' })[0].message, 'Error creating: pods "fc-" is forbidden: no PriorityClass with name nope was found', 'message');
    const s = h.job('fc').status;
    h.eq([h.sec(s.startTime), s.active, s.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)])], [20, undefined, [['Suspended', 'False', 'JobResumed', 20]]], '[startTime, active, conditions]');
    h.eq(h.podsOf('fc').length, 0, 'no pods');
  },
};
