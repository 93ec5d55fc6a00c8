// README: the testing library is exported "as `testing` from `jobsim` or as the subpath
// `jobsim/testing`": one library. A plain Node consumer that imports from both (runWorld from
// 'jobsim', the error class from 'jobsim/testing') must be able to catch with instanceof: the
// exports are the same objects, not two copies of the sources.
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
import * as sub from 'jobsim/testing';
const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' }, spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox:1.36' }], restartPolicy: 'Never' } } } };
const out = { sameRunWorld: sub.runWorld === testing.runWorld, sameKeys: Object.keys(sub).sort().join() === Object.keys(testing).sort().join() };
try { testing.runWorld([job]).expect(testing.maxPods('x', 0)); } catch (e) { out.caught = e instanceof sub.WorldPropertyError; }
try { sub.runWorld([{ ...job, spec: { ...job.spec, parallelism: -1 } }]); } catch (e) { out.invalid = e instanceof testing.InvalidWorldError; }
process.stdout.write(JSON.stringify(out));
`;
export default {
  id: 'checklib/testing-subpath-same-library',
  source: 'README Testing your policies ("The package exports simulate() and the testing library, as `testing` from `jobsim` or as the subpath `jobsim/testing`"; plain Node gets the same exports)',
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
    const { out } = runScript(h, script);
    h.eq(out.sameKeys, true, 'same export names');
    h.eq(out.caught, true, "testing.runWorld's WorldPropertyError is a jobsim/testing WorldPropertyError");
    h.eq(out.invalid, true, "jobsim/testing's InvalidWorldError is testing.InvalidWorldError");
    h.eq(out.sameRunWorld, true, 'same runWorld');
  },
};
