// jobsim/testing properties over one run (docs/testing.md): a Job whose pods exit 1, 1, 0 creates 3
// pods (2 failed) and completes: maxRetries(x, 1) breaks with "2 retries (2 failed or deleted pods, 0
// container restarts) > 1", maxPods(x, 2) with "created 3 pods > 2", succeeds/maxFailed(x, 2) hold;
// property() of your own (true holds, a string is the reason); run.check returns only the broken ones,
// in order. A property naming a Job that never existed says so. run.result is the CLI's JSON.
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
const world = `apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
const script = `
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { testing as T } from 'jobsim';
const docs = YAML.parseAllDocuments(readFileSync('world.yaml', 'utf8')).map((d) => d.toJS());
const run = T.runWorld(docs);
process.stdout.write(JSON.stringify({
  broken: run.check(T.maxRetries('x', 1), T.maxPods('x', 2), T.succeeds('x'), T.maxFailed('x', 2), T.property('three pods', (r) => r.pods('x').length === 3), T.property('custom', () => 'nope'), T.maxFailed('nope', 0)),
  pods: run.pods('x').map((p) => p.status.phase),
  violations: run.violations.length,
  result: run.result,
}));
`;
export default {
  id: 'checklib/testing-properties-one-run',
  source: 'docs/testing.md Running a world (runWorld; run.check returns the broken ones; maxRetries, maxPods, succeeds, maxFailed, property); README Testing your policies',
  scenario: world,
  check(r, h) {
    const dir = consumer();
    writeFileSync(join(dir, 'world.yaml'), world);
    writeFileSync(join(dir, 'use.mjs'), script);
    const p = spawnSync(process.execPath, ['use.mjs'], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    h.eq(p.status, 0, `consumer: ${p.stderr.slice(0, 300)}`);
    const out = JSON.parse(p.stdout);
    h.eq(out.broken, [
      { property: 'maxRetries(x, 1)', reason: '2 retries (2 failed or deleted pods, 0 container restarts) > 1' },
      { property: 'maxPods(x, 2)', reason: 'created 3 pods > 2' },
      { property: 'custom', reason: 'nope' },
      { property: 'maxFailed(nope, 0)', reason: 'no Job default/nope existed during the run' },
    ], 'broken properties');
    h.eq(out.pods, ['Failed', 'Failed', 'Succeeded'], 'pods oldest first');
    h.eq(out.violations, 0, 'no invariant violation');
    h.eq(out.result, r, 'run.result is the CLI result');
  },
};
