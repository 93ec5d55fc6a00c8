// spec.start is read as Go's time.Parse(time.RFC3339) reads it: an offset is allowed and the start is that
// instant (05:00+05:00 is 00:00Z); an unquoted timestamp stays a string (go-yaml v2 into untyped values) and
// parses the same. Output is UTC with second precision.
export default {
  id: 'robust/start-offset-and-fraction-normalized',
  source: 'CONTRACT.md §2 start, §3 "RFC 3339 in UTC with second precision"; go time.Parse RFC3339',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  start: 2026-03-01T05:00:00+05:00
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.spec.start, '2026-03-01T00:00:00Z', 'start');
    h.eq(h.job('a').metadata.creationTimestamp, '2026-03-01T00:00:00Z', 'creation');
    h.eq(h.job('a').status.completionTime, '2026-03-01T00:00:11Z', 'completion (10s pod + 1s batching)');
  },
};
