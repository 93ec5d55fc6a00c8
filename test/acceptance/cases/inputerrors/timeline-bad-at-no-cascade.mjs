// One timeline entry with an invalid `at` is one problem. It must not be replayed "before everything"
// while validating the others: here the patch at 1h is valid (the Job exists until 2h), so the only
// problem is the bad `at` of the delete — not a spurious 'not found (deleted earlier in the timeline)'.
export default {
  id: 'inputerrors/timeline-bad-at-no-cascade',
  source: 'CONTRACT.md §1 ("what is wrong, for every problem found"); README (names must exist at that point of the timeline)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 1h, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 2hh, delete: {kind: Job, name: j}}
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
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['7:6: Simulation s: spec.timeline[1].at: Invalid value: "2hh": must be a duration such as 500ms, 90s, 1h30m or 7d'], 'only the bad at');
  },
};
