// Suspend at 5s, resume at 10s, suspend again at 15s: one Suspended condition, rewritten each time (newCondition: probe and
// transition both = now): True/JobSuspended/"Job suspended" at 15s in the end; startTime reset to 10s by the resume.
export default {
  id: 'jobstatus2/suspend-resume-suspend-condition',
  source: 'pkg/controller/job/job_controller.go ensureJobConditionStatus (*condition = *newCondition(...)), syncJob (StartTime = now on resume)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1m
  timeline:
  - {at: 5s, patch: {kind: Job, name: ss, spec: {suspend: true}}}
  - {at: 10s, patch: {kind: Job, name: ss, spec: {suspend: false}}}
  - {at: 15s, patch: {kind: Job, name: ss, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ss}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.job('ss').status;
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 'Job suspended', 15, 15]], 'conditions');
    h.eq([h.sec(s.startTime), s.active, s.ready, s.terminating, s.failed], [10, undefined, 0, 0, undefined], '[startTime, active, ready, terminating, failed]');
    h.eq(h.events({ kind: 'Job', name: 'ss' }).filter((e) => e.reason === 'Suspended' || e.reason === 'Resumed').map((e) => e.reason + '@' + h.sec(e.firstTimestamp)), ['Suspended@5', 'Resumed@10', 'Suspended@15'], 'events');
  },
};
