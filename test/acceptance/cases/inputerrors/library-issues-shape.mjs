// simulate() throws InvalidScenarioError whose `issues` are the CLI's problems, as structured data:
// file ('<input>'), line, col, object, path, message; for already-parsed objects the same issues without
// positions. The message lists them one per line as the CLI prints them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const bad = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  sede: 1
  faults:
  - {at: 1h, nodeDown: w-9}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: -1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const script = `
import { simulate } from 'jobsim';
const out = {};
for (const [k, input] of Object.entries({ text: ${JSON.stringify(bad)}, objects: [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { parallelism: -1, template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'Never' } } } }] })) {
  try { simulate(input); out[k] = 'no throw'; } catch (e) { out[k] = { name: e.name, issues: e.issues, message: e.message }; }
}
process.stdout.write(JSON.stringify(out));
`;
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', 'jobsim'));
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","type":"module"}');
  return dir;
}
export default {
  id: 'inputerrors/library-issues-shape',
  source: 'CONTRACT.md §1 (library entry point simulate()); README ("simulate() throws InvalidScenarioError (with every issue) on invalid input, as the CLI exits 2")',
  exit: 2,
  scenario: bad,
  check(r, h) {
    const m = join(consumer(), 'use.mjs');
    writeFileSync(m, script);
    const p = spawnSync(process.execPath, [m], { encoding: 'utf8' });
    h.eq(p.status, 0, `library run: ${p.stderr.slice(0, 300)}`);
    const out = JSON.parse(p.stdout);
    h.eq(out.text.name, 'InvalidScenarioError', 'error name');
    h.eq(out.text.issues, [
      { file: '<input>', message: 'strict decoding error: unknown field "spec.sede"', line: 5, col: 3, object: 'Simulation s', path: 'spec.sede' },
      { file: '<input>', message: 'nodes "w-9" not found', line: 7, col: 14, object: 'Simulation s', path: 'spec.faults[0].nodeDown' },
      { file: '<input>', message: 'Invalid value: -1: must be greater than or equal to 0', line: 13, col: 3, object: 'Job default/j', path: 'spec.parallelism' },
    ], 'issues of the text');
    // the CLI prints the same problems (its file name instead of <input>)
    const cli = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, '<input>:'));
    h.eq(out.text.message.split('\n').slice(1), cli, 'message lines = CLI lines');
    h.eq(out.objects.issues, [{ file: '<input>', message: 'Invalid value: -1: must be greater than or equal to 0', object: 'Job default/j', path: 'spec.parallelism' }], 'objects: no positions');
  },
};
