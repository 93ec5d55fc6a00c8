// A property names a Job: `{ job: etl, maxFailed: 0 }` ("its status.failed never exceeds it"). Here
// Job etl succeeds, is deleted at 30m (timeline), and a new Job etl is created at 1h whose pods all
// fail (jobsim run: the live etl has status.failed 2, Failed/BackoffLimitExceeded). When a name is
// reused, a property judges the last Job of that name (the live one), as jobsim's own library does
// ("the live one when a name was reused"): maxFailed 0 and completesWithin 10m both break, in
// jobsim check as in the library, whatever the order of the failing and succeeding Jobs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (prop) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: reuse}
spec:
  duration: 2h
  check:
    runs: 1
    properties:
    - {job: etl, ${prop}}
  timeline:
  - {at: 30m, delete: {kind: Job, name: etl}}
  - {at: 1h, create: {apiVersion: batch/v1, kind: Job, metadata: {name: etl}, spec: {backoffLimit: 1, template: {metadata: {annotations: {jobsim/exit-codes: "1"}}, spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', 'jobsim'));
  for (const m of ['fast-check', 'yaml']) symlinkSync(join(process.cwd(), 'node_modules', m), join(dir, 'node_modules', m));
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","type":"module"}');
  return dir;
}
export default {
  id: 'check2/property-job-name-reused',
  source: 'README jobsim check (per Job maxFailed: its status.failed never exceeds it; completesWithin); docs/testing.md (run.job: the live one when a name was reused; maxFailed, completesWithin)',
  scenario: scenario('maxFailed: 0'),
  check(r, h) {
    const etl = h.of('Job').filter((j) => j.metadata.name === 'etl').sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp));
    h.eq(etl.length, 2, 'run: two Jobs named etl');
    h.eq(etl[0].status.failed ?? 0, 0, 'run: the first etl never failed');
    h.eq(etl[1].status.failed, 2, 'run: the live etl has status.failed 2');
    h.hasCond(etl[1], 'Failed', 'BackoffLimitExceeded');
    const c = consumer();
    writeFileSync(join(c, 'use.mjs'), `import YAML from 'yaml'; import { testing as T } from 'jobsim';
const docs = YAML.parseAllDocuments(${JSON.stringify(scenario('maxFailed: 0'))}).map((d) => d.toJS());
process.stdout.write(JSON.stringify(T.runWorld(docs).check(T.maxFailed('etl', 0), T.completesWithin('etl', '10m')).map((f) => f.property)));`);
    const lib = spawnSync(process.execPath, ['use.mjs'], { encoding: 'utf8', cwd: c, env: { ...process.env, NODE_OPTIONS: '' } });
    h.eq(lib.stdout, '["maxFailed(etl, 0)","completesWithin(etl, 10m)"]', `library: both break (${lib.stderr.slice(0, 200)})`);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'reuse-'));
    writeFileSync(join(dir, 'mf.yaml'), scenario('maxFailed: 0'));
    writeFileSync(join(dir, 'cw.yaml'), scenario('completesWithin: 10m'));
    for (const [f, prop] of [['mf.yaml', 'maxFailed 0'], ['cw.yaml', 'completesWithin 10m']]) {
      const p = spawnSync(bin, ['check', f], { encoding: 'utf8', cwd: dir });
      h.eq(p.status, 1, `${f}: the live etl breaks ${prop} (got: ${p.stdout.trim()})`);
      h.assert(p.stdout.includes(`  job default/etl: ${prop}: `), `${f}: names it: ${p.stdout}`);
    }
  },
};
