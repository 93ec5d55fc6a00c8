// jobsim/testing from plain Node (README: "plain Node (node app.mjs) gets the same exports"):
// - the README/docs model-based example (fc.commands(allCommands({ jobNames: ['a','b','c'] })),
//   SimHarness, newModel, fc.modelRun; seed 42, 50 runs) holds;
// - runCommands replays a fixed sequence: CreateJob(a, 2 completions, 30s) then AdvanceTime(2m)
//   leaves Job a Complete with 2 succeeded pods, at +2m virtual time;
// - the docs' forAllWorlds(arbWorld({ cronJobs: { max: 2 }, timeline: true }), [noInvariantViolations()])
//   (seed 1, 100 runs) holds;
// - worlds drawn by arbWorld are plain documents that `jobsim run` accepts (exit 0) as YAML (worldYaml).
// - runWorld of invalid documents throws InvalidWorldError listing the issue; a world that does not
//   end within maxSteps throws WorldLimitError naming the seed.
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
import { writeFileSync } from 'node:fs';
import { SimHarness, allCommands, newModel, runCommands, CreateJob, AdvanceTime, forAllWorlds, arbWorld, noInvariantViolations, worldYaml, runWorld } from 'jobsim/testing';
const out = {};
try {
  fc.assert(fc.property(fc.commands(allCommands({ jobNames: ['a', 'b', 'c'] }), { maxCommands: 60, size: 'max' }), (cmds) => {
    const h = new SimHarness();
    fc.modelRun(() => ({ model: newModel(h), real: h }), cmds);
  }), { seed: 42, numRuns: 50 });
  out.model = 'held';
} catch (e) { out.model = String(e.message).slice(0, 500); }
const manifest = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'a' }, spec: { completions: 2, template: { metadata: { annotations: { 'jobsim/duration': '30s' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36' }], restartPolicy: 'Never' } } } };
const h = runCommands([new CreateJob(manifest), new AdvanceTime(120000)]);
const a = h.job('a');
out.fixed = { nowMs: h.nowMs, succeeded: a.status.succeeded, complete: (a.status.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True'), log: h.log };
try { fc.assert(forAllWorlds(arbWorld({ cronJobs: { max: 2 }, timeline: true }), [noInvariantViolations()]), { seed: 1, numRuns: 100 }); out.worlds = 'held'; }
catch (e) { out.worlds = String(e.cause?.message ?? e.message).slice(0, 800); }
const samples = fc.sample(arbWorld({ cronJobs: { max: 2 }, timeline: true }), { seed: 7, numRuns: 8 });
samples.forEach((docs, i) => writeFileSync('world-' + i + '.yaml', worldYaml(docs)));
out.samples = samples.length;
try { runWorld([{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'bad' }, spec: { parallelism: -1, template: { spec: { containers: [{ name: 'c', image: 'b' }], restartPolicy: 'Never' } } } }]); out.invalid = 'no throw'; }
catch (e) { out.invalid = { name: e.name, issues: e.issues }; }
try { runWorld([{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'loop' }, spec: { backoffLimit: 1000000, template: { metadata: { annotations: { 'jobsim/exit-codes': '1' } }, spec: { containers: [{ name: 'c', image: 'b' }], restartPolicy: 'Never' } } } }], { seed: 5, maxSteps: 1000 }); out.limit = 'no throw'; }
catch (e) { out.limit = { name: e.name, seed5: /seed 5/.test(e.message) }; }
process.stdout.write(JSON.stringify(out));
`;
export default {
  id: 'checklib/testing-model-and-worlds',
  source: 'README Testing your policies (arbWorld, forAllWorlds, SimHarness, allCommands, plain Node); docs/testing.md (Model-based testing example, runCommands, Generating worlds, runWorld errors)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  timeoutMs: 300_000,
  check(r, h) {
    const dir = consumer();
    writeFileSync(join(dir, 'use.mjs'), script);
    const p = spawnSync(process.execPath, ['use.mjs'], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    h.eq(p.status, 0, `consumer: ${p.stderr.slice(0, 300)}`);
    const out = JSON.parse(p.stdout);
    h.eq(out.model, 'held', 'model-based example');
    h.eq(out.fixed, { nowMs: 120000, succeeded: 2, complete: true, log: ['CreateJob(a: completions=2 Never 30s)', 'AdvanceTime(2m)'] }, 'runCommands');
    h.eq(out.worlds, 'held', 'forAllWorlds example');
    h.eq(out.invalid, { name: 'InvalidWorldError', issues: [{ file: '<world>', message: 'Invalid value: -1: must be greater than or equal to 0', object: 'Job default/bad', path: 'spec.parallelism' }] }, 'InvalidWorldError');
    h.eq(out.limit, { name: 'WorldLimitError', seed5: true }, 'WorldLimitError');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    for (let i = 0; i < out.samples; i++) {
      const q = spawnSync(bin, ['run', `world-${i}.yaml`, '-o', 'summary'], { encoding: 'utf8', cwd: dir });
      h.eq(q.status, 0, `arbWorld sample ${i} runs with the CLI: ${q.stderr.split('\n').slice(0, 2).join(' | ')}`);
    }
  },
};
