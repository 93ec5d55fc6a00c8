// "Every problem at once" holds for the library too: simulate(text, { seed: -1, duration: 'x' }) with an
// invalid scenario throws one InvalidScenarioError listing the scenario's problems AND both bad options,
// as `jobsim run FILE --seed ... --duration ...` lists flag and file problems together.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const bad = 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: -1\n  template:\n    spec:\n      containers: [{name: c, image: busybox}]\n      restartPolicy: Never\n';
const good = bad.replace('  parallelism: -1\n', '');
const script = `
import { simulate } from 'jobsim';
const out = {};
for (const [k, t] of Object.entries({ bad: ${JSON.stringify(bad)}, good: ${JSON.stringify(good)} })) {
  try { simulate(t, { seed: -1, duration: 'x' }); out[k] = 'no throw'; } catch (e) { out[k] = { name: e.name, paths: (e.issues ?? []).map((i) => i.path) }; }
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
  id: 'inputerrors/library-options-with-scenario-errors',
  source: 'README ("simulate() throws InvalidScenarioError (with every issue) on invalid input, as the CLI exits 2"); CONTRACT.md §1 (every problem found)',
  exit: 2,
  args: ['--seed=-1', '--duration', 'x'],
  scenario: bad,
  check(r, h) {
    h.assert(/--seed/.test(r.stderr) && /--duration/.test(r.stderr) && /spec\.parallelism/.test(r.stderr), `the CLI lists all three: ${r.stderr}`);
    const m = join(consumer(), 'use.mjs');
    writeFileSync(m, script);
    const p = spawnSync(process.execPath, [m], { encoding: 'utf8' });
    h.eq(p.status, 0, `library run: ${p.stderr.slice(0, 300)}`);
    const out = JSON.parse(p.stdout);
    h.eq(out.good.name, 'InvalidScenarioError', 'good scenario, bad options');
    h.eq([...out.good.paths].sort(), ['duration', 'seed'], 'both options reported together');
    h.eq(out.bad.name, 'InvalidScenarioError', 'bad scenario, bad options');
    h.eq([...out.bad.paths].sort(), ['duration', 'seed', 'spec.parallelism'], 'scenario and options reported together');
  },
};
