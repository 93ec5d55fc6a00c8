// The check section: runs 1..1000000, nodeDown.max >= 0 and for [MIN <= MAX], each property names
// exactly one existing Job or CronJob and at least one property; noMissedSlot/maxLateness only for a
// CronJob; maxFailed >= 0; completesWithin > 0.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  check:
    runs: 0
    faults: {nodeDown: {max: -1, for: [30m, 1m]}}
    properties:
    - {job: j, cronJob: cj, maxFailed: 1}
    - {job: j, noMissedSlot: true}
    - {job: j}
    - {cronJob: nope, maxLateness: 5m}
    - {job: j, maxFailed: -1, completesWithin: 0s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/check-section-errors',
  source: 'CONTRACT.md §2 check (runs, faults.nodeDown {max, for}, properties {job, maxFailed, completesWithin}); README (cronJob noMissedSlot, maxLateness)',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      `${at(6, 'runs')}: Simulation c: spec.check.runs: Invalid value: 0: must be between 1 and 1000000, inclusive`,
      `${at(7, 'max')}: Simulation c: spec.check.faults.nodeDown.max: Invalid value: -1: must be between 0 and 10000, inclusive`,
      `${at(7, 'for')}: Simulation c: spec.check.faults.nodeDown.for: Invalid value: "array": MIN must not be greater than MAX`,
      `${at(9, '{')}: Simulation c: spec.check.properties[0]: Invalid value: "object": exactly one of job or cronJob`,
      `${at(9, 'cronJob')}: Simulation c: spec.check.properties[0].cronJob: cronjobs.batch "cj" not found`,
      `${at(10, 'noMissedSlot')}: Simulation c: spec.check.properties[1].noMissedSlot: Invalid value: true: applies to a cronJob only`,
      `${at(11, '{')}: Simulation c: spec.check.properties[2]: Required value: at least one of maxFailed, completesWithin, noMissedSlot, maxLateness`,
      `${at(12, 'cronJob')}: Simulation c: spec.check.properties[3].cronJob: cronjobs.batch "nope" not found`,
      `${at(13, 'maxFailed')}: Simulation c: spec.check.properties[4].maxFailed: Invalid value: -1: must be greater than or equal to 0`,
      `${at(13, 'completesWithin')}: Simulation c: spec.check.properties[4].completesWithin: Invalid value: "0s": must be greater than 0`,
    ], 'check problems');
  },
};
