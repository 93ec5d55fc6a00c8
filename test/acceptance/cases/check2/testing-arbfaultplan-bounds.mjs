// jobsim/testing arbFaultPlan({ nodes, maxNodeDown, nodeDownFor, within, maxDrains, drainFor,
// maxControllerDown, controllers, controllerDownFor }) -> spec.faults "sorted by time". Over 300
// plans (fc.sample, seed 5): at most maxNodeDown node failures, each node failing at most once
// (distinctNodes defaults to true), at most maxDrains drains and maxControllerDown outages, only the
// given nodes and controllers, every `at` within `within`, every `for` within its range, times
// non-decreasing; every bound reached somewhere. A plan added with withFaults to a world runs
// (runWorld accepts it) and `jobsim run` accepts the world as YAML.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
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
import { testing as T } from 'jobsim';
const nodes = ['a-1', 'a-2', 'a-3', 'a-4'];
const plans = fc.sample(T.arbFaultPlan({ nodes, maxNodeDown: 3, within: '30m', nodeDownFor: ['2m', '5m'], maxDrains: 2, drainFor: ['1m', '3m'], maxControllerDown: 2, controllers: ['job'], controllerDownFor: ['10s', '20s'] }), { seed: 5, numRuns: 300 });
const sec = (s) => { let t = 0; for (const m of String(s).matchAll(/(\\d+)(h|m|s)/g)) t += Number(m[1]) * { h: 3600, m: 60, s: 1 }[m[2]]; return t; };
const bad = [];
const seen = { nd: 0, dr: 0, cd: 0 };
for (const p of plans) {
  const nd = p.filter((f) => f.nodeDown), dr = p.filter((f) => f.drainNode), cd = p.filter((f) => f.controllerDown);
  seen.nd = Math.max(seen.nd, nd.length); seen.dr = Math.max(seen.dr, dr.length); seen.cd = Math.max(seen.cd, cd.length);
  if (nd.length + dr.length + cd.length !== p.length) bad.push(['kind', p]);
  if (nd.length > 3 || dr.length > 2 || cd.length > 2) bad.push(['count', p]);
  if (new Set(nd.map((f) => f.nodeDown)).size !== nd.length) bad.push(['distinct', p]);
  for (const f of p) {
    const d = sec(f.for);
    if (sec(f.at) > 1800) bad.push(['at', f]);
    if (f.nodeDown && (d < 120 || d > 300)) bad.push(['nodeDown for', f]);
    if (f.drainNode && (d < 60 || d > 180)) bad.push(['drain for', f]);
    if (f.controllerDown && (d < 10 || d > 20 || f.controllerDown !== 'job')) bad.push(['controllerDown', f]);
    if ((f.nodeDown || f.drainNode) && !nodes.includes(f.nodeDown ?? f.drainNode)) bad.push(['node', f]);
  }
  for (let i = 1; i < p.length; i++) if (sec(p[i].at) < sec(p[i - 1].at)) bad.push(['sorted', p]);
}
const world = [
  { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'w' }, spec: { duration: '1h', cluster: { nodePools: [{ name: 'a', count: 4, capacity: { cpu: '4', memory: '16Gi', pods: 110 } }] } } },
  { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'etl' }, spec: { completions: 4, parallelism: 4, template: { metadata: { annotations: { 'jobsim/duration': '20m' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36' }], restartPolicy: 'Never' } } } },
];
const big = plans.reduce((a, b) => (b.length > a.length ? b : a));
const docs = T.withFaults(world, big);
const run = T.runWorld(docs);
writeFileSync('world.yaml', T.worldYaml(docs));
process.stdout.write(JSON.stringify({ bad: bad.slice(0, 3), seen, big, faults: run.faults, violations: run.violations.length }));
`;
export default {
  id: 'check2/testing-arbfaultplan-bounds',
  source: 'docs/testing.md Generating worlds (arbFaultPlan options -> spec.faults, sorted by time; withFaults); README Testing your policies (fault plans with node failures, controller outages and drains (maxDrains))',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: x}
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
    h.eq(p.status, 0, `consumer script: ${p.stderr.slice(0, 400)}`);
    const out = JSON.parse(p.stdout);
    h.eq(out.bad, [], 'every plan within its bounds');
    h.eq(out.seen, { nd: 3, dr: 2, cd: 2 }, 'the maxima are reached');
    h.eq(out.faults, out.big, 'withFaults puts the plan in spec.faults');
    h.eq(out.violations, 0, 'no invariant violation');
    const run = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', 'world.yaml', '-o', 'summary'], { encoding: 'utf8', cwd: dir });
    h.eq(run.status, 0, `jobsim run accepts the world: ${run.stderr.slice(0, 300)}`);
  },
};
