// check.faults.drainNode is validated like nodeDown: max an integer 0..10000, for required as [MIN, MAX]
// durations with MIN <= MAX, unknown fields refused (strict decoding). Every problem at once, one
// positioned line each, exit 2, "nothing was checked", and no counterexample written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dv}
spec:
  check:
    faults:
      drainNode: {max: -1, for: [1h, 10m]}
      nodeDown: {max: 1, for: [1m, 2m], at: 5m}
    properties:
    - {job: j, maxFailed: 1}
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
const second = scenario.replace('{max: -1, for: [1h, 10m]}', '{max: 10001}').replace('{max: 1, for: [1m, 2m], at: 5m}', '{max: 1.5, for: [1m, 2m, 3m]}');
const strip = (s) => s.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*?\.yaml:/, ''));
export default {
  id: 'check2/drain-section-errors',
  source: 'README Simulation document (check.faults.drainNode: { max: 1, for: [10m, 1h] }); CONTRACT §1 (exit 2: file, line and column, field path, what is wrong, for every problem)',
  exit: 2,
  scenario,
  check(r, h) {
    const want = [
      '7:19: Simulation dv: spec.check.faults.drainNode.max: Invalid value: -1: must be between 0 and 10000, inclusive',
      '7:28: Simulation dv: spec.check.faults.drainNode.for: Invalid value: "array": MIN must not be greater than MAX',
      '8:41: Simulation dv: spec.check.faults.nodeDown.at: strict decoding error: unknown field "spec.check.faults.nodeDown.at"',
    ];
    h.eq(strip(r.stderr), want, 'jobsim run');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'dse-'));
    writeFileSync(join(dir, 'a.yaml'), scenario);
    writeFileSync(join(dir, 'b.yaml'), second);
    let p = spawnSync(bin, ['check', 'a.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 2, 'check exit');
    h.eq(strip(p.stderr), want, 'jobsim check');
    h.assert(p.stderr.endsWith('3 problem(s) found; nothing was checked.\n'), p.stderr);
    p = spawnSync(bin, ['check', 'b.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 2, 'check exit (second)');
    h.eq(strip(p.stderr), [
      '7:7: Simulation dv: spec.check.faults.drainNode.for: Required value: must be [MIN, MAX] durations, e.g. [1m, 30m]',
      '7:19: Simulation dv: spec.check.faults.drainNode.max: Invalid value: 10001: must be between 0 and 10000, inclusive',
      '8:18: Simulation dv: spec.check.faults.nodeDown.max: Invalid value: 1.5: spec.check.faults.nodeDown.max in body must be of type integer: "number"',
      '8:28: Simulation dv: spec.check.faults.nodeDown.for: Invalid value: "array": must be [MIN, MAX] durations, e.g. [1m, 30m]',
    ], 'second file');
    h.assert(!existsSync(join(dir, 'a.counterexample.yaml')) && !existsSync(join(dir, 'b.counterexample.yaml')), 'nothing written');
  },
};
