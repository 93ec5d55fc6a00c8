// Invalid check sections (beyond inputerrors/check-section-errors): exit 2, one positioned line per
// problem, for `jobsim check` as for `jobsim run`: runs of the wrong type, nodeDown without max and
// with a one-element `for`, an unknown fault kind, an unknown property field (strict decoding), bad
// durations (a word, a negative one, 0s as a bound), properties that are not a list.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  check:
    runs: "10"
    faults:
      nodeDown: {for: [1m]}
      controllerDown: {max: 1}
    properties:
    - {job: j, maxFailed: 1, maxFailures: 2}
    - {job: j, completesWithin: soon}
    - {cronJob: cj, maxLateness: -5m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
const second = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  check:
    faults: {nodeDown: {max: 1, for: [0s, 1m]}}
    properties: {job: j, maxFailed: 1}
`;
const strip = (s) => s.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*?\.yaml:/, ''));
export default {
  id: 'checklib/check-section-errors-more',
  source: 'CONTRACT.md §1 (exit 2: file, line and column, field path, what is wrong, for every problem; jobsim check exit 2 invalid input) and §2 (check: runs, faults.nodeDown {max, for: [MIN, MAX]}, properties)',
  exit: 2,
  scenario,
  check(r, h) {
    const want = [
      '6:5: Simulation c: spec.check.runs: Invalid value: "10": spec.check.runs in body must be of type integer: "string"',
      '8:7: Simulation c: spec.check.faults.nodeDown.max: Required value',
      '8:18: Simulation c: spec.check.faults.nodeDown.for: Invalid value: "array": must be [MIN, MAX] durations, e.g. [1m, 30m]',
      '9:7: Simulation c: spec.check.faults.controllerDown: strict decoding error: unknown field "spec.check.faults.controllerDown"',
      '11:30: Simulation c: spec.check.properties[0].maxFailures: strict decoding error: unknown field "spec.check.properties[0].maxFailures"',
      '12:16: Simulation c: spec.check.properties[1].completesWithin: Invalid value: "soon": must be a duration such as 500ms, 90s, 1h30m or 7d',
      '13:21: Simulation c: spec.check.properties[2].maxLateness: Invalid value: "-5m": must be a duration such as 500ms, 90s, 1h30m or 7d',
    ];
    h.eq(strip(r.stderr), want, 'jobsim run');
    const dir = mkdtempSync(join(tmpdir(), 'cse-'));
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const f = join(dir, 'c.yaml');
    writeFileSync(f, scenario);
    let p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 2, 'check exit');
    h.eq(strip(p.stderr), want, 'jobsim check');
    const g = join(dir, 'd.yaml');
    writeFileSync(g, second);
    p = spawnSync(bin, ['check', g], { encoding: 'utf8' });
    h.eq(p.status, 2, 'check exit (second file)');
    h.eq(strip(p.stderr), [
      '6:39: Simulation c: spec.check.faults.nodeDown.for[0]: Invalid value: "0s": must be greater than 0',
      '7:5: Simulation c: spec.check.properties: Invalid value: "object": spec.check.properties in body must be of type array: "object"',
    ], 'second file');
  },
};
