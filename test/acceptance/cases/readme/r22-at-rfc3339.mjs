// README: "`at` is an offset from `start` or an RFC 3339 time" -- for faults and timeline entries, with a
// zone offset too; the trace/result times are UTC.
export default {
  id: 'readme/at-rfc3339',
  source: 'README Scenario format ("at is an offset from start or an RFC 3339 time"); CONTRACT §2',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: at }
spec:
  start: "2026-06-01T08:00:00Z"
  duration: 3h
  faults:
    - { at: "2026-06-01T10:00:00+01:00", controllerDown: job, for: 30m }
  timeline:
    - { at: "2026-06-01T08:20:00Z", create: { apiVersion: batch/v1, kind: Job, metadata: { name: b }, spec: { template: { spec: { containers: [{ name: c, image: busybox:1.36 }], restartPolicy: Never } } } } }
    - { at: "2026-06-01T09:15:00Z", create: { apiVersion: batch/v1, kind: Job, metadata: { name: c }, spec: { template: { spec: { containers: [{ name: c, image: busybox:1.36 }], restartPolicy: Never } } } } }
`,
  check(r, h) {
    h.eq(h.job('b').metadata.creationTimestamp, '2026-06-01T08:20:00Z', 'timeline create at an RFC 3339 time');
    h.eq(h.job('c').metadata.creationTimestamp, '2026-06-01T09:15:00Z', 'created while the Job controller is down (09:00-09:30Z)');
    h.eq(h.job('c').status.startTime, '2026-06-01T09:30:00Z', 'started when the Job controller is back (10:00+01:00 + 30m)');
  },
};
