// spec.start and RFC 3339 `at` values are times as Go's time.Parse(time.RFC3339, ...) reads them:
// February 30th ("day out of range") and hour 24 ("hour out of range") are errors, not silently
// normalised to March 2nd / the next day.
export default {
  id: 'inputerrors/start-invalid-calendar-date',
  source: 'CONTRACT.md §2 (start: an RFC 3339 time; at: offset or RFC 3339 time); Go time.Parse (parse.go: "day out of range", "hour out of range"); project bar: never a silent default for a typo',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  start: "2026-02-30T00:00:00Z"
  duration: 1h
  timeline:
  - {at: "2026-03-02T24:00:00Z", delete: {kind: Job, name: j}}
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
    h.eq(r.stdout, '', 'nothing simulated');
    h.assert(/\.yaml:5:3: Simulation s: spec\.start: Invalid value: "2026-02-30T00:00:00Z": /m.test(r.stderr), `spec.start refused: ${r.stderr}`);
    h.assert(/\.yaml:8:6: Simulation s: spec\.timeline\[0\]\.at: Invalid value: "2026-03-02T24:00:00Z": /m.test(r.stderr), `at refused: ${r.stderr}`);
  },
};
