// jobsim/testing: a failure "names the seed, lists the faults and prints the world as YAML" so that
// `npx jobsim run world.yaml --seed N` (the printed replay) replays it. runWorld(docs, { duration })
// cuts the run at 10m, so completesWithin(etl, 2h) breaks ("not complete when the run ended at
// +10m"); saving run.yaml() and running run.replay() must break it too (the world or the command must
// carry the 10m), not run until the Job completes at 20m1s.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
/** A plain Node ESM consumer: node_modules/jobsim is the project, with its fast-check and yaml. */
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', 'jobsim'));
  for (const m of ['fast-check', 'yaml']) symlinkSync(join(process.cwd(), 'node_modules', m), join(dir, 'node_modules', m));
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","type":"module"}');
  return dir;
}
function runScript(h, script) {
  const dir = consumer();
  writeFileSync(join(dir, 'use.mjs'), script);
  const p = spawnSync(process.execPath, ['use.mjs'], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
  h.eq(p.status, 0, `consumer script: ${p.stderr.slice(0, 400)}`);
  return { dir, out: JSON.parse(p.stdout) };
}
const script = `
import { testing } from 'jobsim';
const world = [
  { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'w' }, spec: { seed: 3 } },
  { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'etl' }, spec: { template: { metadata: { annotations: { 'jobsim/duration': '20m' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36' }], restartPolicy: 'Never' } } } },
];
const run = testing.runWorld(world, { duration: '10m' });
let err;
try { run.expect(testing.completesWithin('etl', '2h')); } catch (e) { err = { name: e.name, seed: e.seed, replay: e.replay, world: e.world, message: e.message }; }
process.stdout.write(JSON.stringify({ failures: run.check(testing.completesWithin('etl', '2h')), yaml: run.yaml(), replay: run.replay(), err }));
`;
export default {
  id: 'checklib/testing-replay-keeps-duration',
  source: 'README Testing your policies (failures name the seed, list the faults and print the world as YAML); docs/testing.md (replay: save the world as world.yaml, then npx jobsim run world.yaml --seed N; runWorld option duration)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 20m}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const { dir, out } = runScript(h, script);
    h.eq(out.failures, [{ property: 'completesWithin(etl, 2h)', reason: 'not complete when the run ended at +10m (active=1 succeeded=0 failed=0)' }], 'the property breaks');
    h.eq(out.err?.name, 'WorldPropertyError', 'expect throws');
    h.assert(out.err.message.startsWith('jobsim property failed (seed 3):\n  ✗ completesWithin(etl, 2h): not complete'), out.err.message.slice(0, 200));
    h.assert(out.replay.startsWith('npx jobsim run world.yaml') && out.replay.includes('--seed 3'), `replay: ${out.replay}`);
    writeFileSync(join(dir, 'world.yaml'), out.yaml);
    const args = out.replay.replace(/^npx jobsim /, '').split(' ');
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), [...args, '-o', 'json'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `replay: ${p.stderr}`);
    const res = JSON.parse(p.stdout);
    const etl = res.items.find((o) => o.kind === 'Job');
    h.eq(res.spec.end, '2026-01-01T00:10:00Z', 'the replay ends at +10m as the run did');
    h.noCond(etl, 'Complete');
  },
};
