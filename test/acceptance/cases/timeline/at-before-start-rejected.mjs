// An RFC 3339 `at` before spec.start cannot happen in the run: refused at its line (exit 2).
export default {
  id: 'timeline/at-before-start-rejected',
  source: 'CONTRACT.md §2 ("at is an offset from start or an RFC 3339 time"); CONTRACT §1 (exit 2, file:line:col, field path)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: early}
spec:
  start: "2026-01-01T10:00:00Z"
  timeline:
  - {at: "2026-01-01T10:00:00+01:00", patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, JSON.stringify(lines));
    h.assert(/^7: Simulation early: spec\.timeline\[0\]\.at: Invalid value: "2026-01-01T10:00:00\+01:00": /.test(lines[0]), lines[0]);
  },
};
