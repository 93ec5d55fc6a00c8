// docs/testing.md: when a property breaks, the error reads "jobsim property failed (seed N):", one
// "  ✗ name: reason" line per broken property, "  seed: N", "  faults:" with one
// "    - { at: .., nodeDown: .., for: .. }" line each, the replay line, then "--- world.yaml" and the
// world; error.seed / error.faults / error.world carry the same. The one-node variant of the doc's
// world (worker-1 down from 0s for 40m; the pods wait for it) completes at 1h0m1s, later than 1h;
// forAllFaults under fc.assert finds a failing plan (the WorldPropertyError is the cause) and the
// printed world replayed with the CLI (`jobsim run world.yaml --seed 42`) completes at the same time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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
const script = `
import fc from 'fast-check';
import { testing } from 'jobsim';
const { arbFaultPlan, completesWithin, forAllFaults, runWorld, withFaults } = testing;
const world = [
  { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'etl' },
    spec: { seed: 42, cluster: { nodePools: [{ name: 'worker', count: 1, capacity: { cpu: '4', memory: '16Gi', pods: 110 } }] } } },
  { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'etl' },
    spec: { completions: 3, parallelism: 3, backoffLimit: 6,
      template: { metadata: { annotations: { 'jobsim/duration': '20m' } }, spec: { containers: [{ name: 'main', image: 'etl:1.0' }], restartPolicy: 'Never' } } } },
];
const out = {};
try { runWorld(withFaults(world, [{ at: '0s', nodeDown: 'worker-1', for: '40m' }])).expect(completesWithin('etl', '1h')); out.direct = 'held'; }
catch (e) { out.direct = { name: e.name, seed: e.seed, faults: e.faults, world: e.world, message: e.message }; }
const faults = arbFaultPlan({ nodes: ['worker-1'], maxNodeDown: 1, within: '1h', nodeDownFor: ['1m', '3h'] });
try { fc.assert(forAllFaults(world, faults, [completesWithin('etl', '1h')]), { seed: 42, numRuns: 100 }); out.prop = 'held'; }
catch (e) { out.prop = { name: e.cause?.name, seed: e.cause?.seed, faults: e.cause?.faults, world: e.cause?.world }; }
process.stdout.write(JSON.stringify(out));
`;
export default {
  id: 'checklib/testing-failure-report-replays',
  source: 'docs/testing.md (the error format; "npx jobsim run world.yaml --seed N" replays it; forAllFaults); README Testing your policies (failures name the seed, list the faults and print the world as YAML)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const dir = consumer();
    writeFileSync(join(dir, 'use.mjs'), script);
    const p = spawnSync(process.execPath, ['use.mjs'], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    h.eq(p.status, 0, `consumer: ${p.stderr.slice(0, 300)}`);
    const out = JSON.parse(p.stdout);
    const d = out.direct;
    h.eq(d.name, 'WorldPropertyError', 'error class');
    h.eq(d.seed, 42, 'error.seed');
    h.eq(d.faults, [{ at: '0s', nodeDown: 'worker-1', for: '40m' }], 'error.faults');
    const lines = d.message.split('\n');
    h.eq(lines.slice(0, 6), [
      'jobsim property failed (seed 42):',
      '  ✗ completesWithin(etl, 1h): completed 1h1s after its creation, later than 1h',
      '  seed: 42',
      '  faults:',
      '    - { at: 0s, nodeDown: worker-1, for: 40m }',
      '  replay: save the world below as world.yaml, then: npx jobsim run world.yaml --seed 42',
    ], 'message head');
    h.eq(lines[6], '--- world.yaml', 'world follows');
    h.eq(lines.slice(7).join('\n'), d.world, 'the world YAML');
    h.eq(out.prop.name, 'WorldPropertyError', 'fc.assert fails with the WorldPropertyError as cause');
    h.eq(out.prop.seed, 42, 'its seed');
    for (const [what, w] of [['direct', d.world], ['forAllFaults', out.prop.world]]) {
      writeFileSync(join(dir, 'world.yaml'), w);
      const run = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', 'world.yaml', '--seed', '42', '-o', 'json'], { encoding: 'utf8', cwd: dir });
      h.eq(run.status, 0, `${what} replay exit: ${run.stderr}`);
      const job = JSON.parse(run.stdout).items.find((o) => o.kind === 'Job');
      const c = job.status.conditions?.find((x) => x.type === 'Complete');
      const took = c ? (Date.parse(c.lastTransitionTime) - Date.parse(job.metadata.creationTimestamp)) / 1000 : Infinity;
      h.assert(took > 3600, `${what} replay: completes after more than 1h (${took}s)`);
      if (what === 'direct') h.eq(took, 3601, 'direct replay: 1h0m1s');
    }
  },
};
