// behaviors[].duration written as the string "lognormal(0s,1m)" is the same distribution as
// { lognormal: { median: 0s, p95: 1m } }, which is refused (median must be > 0): refused the same way,
// not an internal error when a pod draws from it.
export default {
  id: 'inputerrors/behavior-string-zero-median-no-crash',
  source: 'README behaviors (duration: 20m | { lognormal: { median, p95 } }, annotation forms lognormal(20m,45m)); CONTRACT.md §1 exit codes',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - duration: "lognormal(0s,1m)"
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 3
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing simulated');
    h.assert(/\.yaml:6:5: Simulation s: spec\.behaviors\[0\]\.duration: Invalid value: "lognormal\(0s,1m\)"/.test(r.stderr), r.stderr);
  },
};
