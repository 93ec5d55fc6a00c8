// completesWithin: "Complete within that long after its creation". A Job that is suspended (and never
// resumed) or whose only pod cannot fit on any node never completes: `jobsim run` ends the world at
// +1s ("quiet": nothing more can happen, so the Job will never be Complete). The property is broken
// in every such world: jobsim's own library property completesWithin says so ("not complete when
// the run ended"), and jobsim check exits 1 naming it, though the world ended before the 30m
// deadline came (it ended precisely because nothing more could happen).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (extra, cpu) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: never}
spec:
  check:
    runs: 2
    properties:
    - {job: j, completesWithin: 30m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
${extra}  template:
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "${cpu}"}}}]
      restartPolicy: Never
`;
const suspended = scenario('  suspend: true\n', '1');
const unfit = scenario('', '64');
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', 'jobsim'));
  for (const m of ['fast-check', 'yaml']) symlinkSync(join(process.cwd(), 'node_modules', m), join(dir, 'node_modules', m));
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","type":"module"}');
  return dir;
}
export default {
  id: 'check2/completeswithin-job-that-never-completes',
  source: 'README jobsim check (completesWithin: Complete within that long after its creation; a scenario with no CronJob runs until nothing more can happen); docs/testing.md completesWithin',
  scenario: suspended,
  check(r, h) {
    h.eq(r.spec.endedBy, 'quiet', 'run: ends because nothing more can happen');
    h.eq(r.spec.end, '2026-01-01T00:00:01Z', 'run: at +1s');
    h.hasCond(h.job('j'), 'Suspended');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'never-'));
    writeFileSync(join(dir, 'suspended.yaml'), suspended);
    writeFileSync(join(dir, 'unfit.yaml'), unfit);
    const u = JSON.parse(spawnSync(bin, ['run', 'unfit.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir }).stdout);
    h.eq(u.spec.endedBy, 'quiet', 'unfit run: quiet');
    h.eq(u.items.filter((o) => o.kind === 'Pod').map((p) => p.status.phase), ['Pending'], 'unfit run: the pod stays Pending');
    // the library's completesWithin over the same world
    const c = consumer();
    writeFileSync(join(c, 'use.mjs'), `import YAML from 'yaml'; import { testing as T } from 'jobsim';
const docs = YAML.parseAllDocuments(${JSON.stringify(suspended)}).map((d) => d.toJS());
process.stdout.write(JSON.stringify(T.runWorld(docs).check(T.completesWithin('j', '30m')).map((f) => f.reason)));`);
    const lib = spawnSync(process.execPath, ['use.mjs'], { encoding: 'utf8', cwd: c, env: { ...process.env, NODE_OPTIONS: '' } });
    h.eq(lib.status, 0, `library script: ${lib.stderr.slice(0, 300)}`);
    h.assert(/^\["not complete when the run ended/.test(lib.stdout), `library: completesWithin breaks: ${lib.stdout}`);
    for (const f of ['suspended.yaml', 'unfit.yaml']) {
      const p = spawnSync(bin, ['check', f], { encoding: 'utf8', cwd: dir });
      h.eq(p.status, 1, `${f}: a Job that can never complete breaks completesWithin 30m (got: ${p.stdout.trim()})`);
      h.assert(/^  job default\/j: completesWithin 30m: /m.test(p.stdout), `${f}: names the property: ${p.stdout}`);
    }
  },
};
