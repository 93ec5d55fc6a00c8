// A lognormal with a zero median cannot be drawn (sigma = ln(p95/0) is infinite). The Simulation's
// object form refuses it ("must be greater than 0"); the same distribution written as the annotation
// string "lognormal(0s,1m)" must be refused the same way (exit 2 at the annotation), not crash the run
// with "internal error: Invalid time value" (exit 1).
export default {
  id: 'inputerrors/annotation-zero-median-no-crash',
  source: 'CONTRACT.md §1 (exit 2 invalid input; 1 internal error); README (jobsim/duration lognormal(MEDIAN,P95)); jobsim src/scenario/load.ts compileDistribution (median/p95 positive)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 3
  template:
    metadata:
      annotations:
        jobsim/duration: "lognormal(0s,1m)"
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing simulated');
    h.assert(/\.yaml:9:9: Job default\/j: spec\.template\.metadata\.annotations\[jobsim\/duration\]: Invalid value: "lognormal\(0s,1m\)"/.test(r.stderr), r.stderr);
  },
};
