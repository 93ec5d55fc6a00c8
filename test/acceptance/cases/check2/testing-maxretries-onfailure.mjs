// jobsim/testing maxRetries(job, n): "failed pods plus container restarts under restartPolicy:
// OnFailure". A Job whose container exits 1, 1, 0 under OnFailure keeps one pod, restarted twice in
// place: 2 retries (0 failed or deleted pods, 2 container restarts), so maxRetries(x, 1) breaks with
// that reason and maxRetries(x, 2) holds; status.failed stays 0 (maxFailed(x, 0) holds), one pod
// (maxPods(x, 1) holds), and it succeeds. expect() throws a WorldPropertyError naming the seed.
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
const world = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: of}
spec:
  seed: 11
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`;
const script = `
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { testing as T } from 'jobsim';
const docs = YAML.parseAllDocuments(readFileSync('world.yaml', 'utf8')).map((d) => d.toJS());
const run = T.runWorld(docs);
const out = { broken: run.check(T.maxRetries('x', 1), T.maxRetries('x', 2), T.maxFailed('x', 0), T.maxPods('x', 1), T.succeeds('x')), failed: run.job('x').status.failed ?? 0, restarts: run.pods('x').map((p) => p.status.containerStatuses[0].restartCount) };
try { run.expect(T.maxRetries('x', 0)); } catch (e) { out.err = { name: e.name, seed: e.seed, first: e.message.split('\\n')[0] }; }
process.stdout.write(JSON.stringify(out));
`;
export default {
  id: 'check2/testing-maxretries-onfailure',
  source: 'docs/testing.md Running a world (maxRetries: failed pods plus container restarts under restartPolicy: OnFailure; maxFailed; maxPods; succeeds; expect throws WorldPropertyError with seed)',
  scenario: world,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => p.status.containerStatuses[0].restartCount), [2], 'run: one pod, restarted twice');
    const dir = consumer();
    writeFileSync(join(dir, 'world.yaml'), world);
    writeFileSync(join(dir, 'use.mjs'), script);
    const p = spawnSync(process.execPath, ['use.mjs'], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    h.eq(p.status, 0, `consumer script: ${p.stderr.slice(0, 400)}`);
    const out = JSON.parse(p.stdout);
    h.eq(out.broken, [{ property: 'maxRetries(x, 1)', reason: '2 retries (0 failed or deleted pods, 2 container restarts) > 1' }], 'only maxRetries(x, 1) breaks');
    h.eq(out.failed, 0, 'status.failed');
    h.eq(out.restarts, [2], 'restarts');
    h.eq(out.err, { name: 'WorldPropertyError', seed: 11, first: 'jobsim property failed (seed 11):' }, 'expect throws naming the seed');
  },
};
