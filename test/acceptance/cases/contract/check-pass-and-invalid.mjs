// Contract §1 `jobsim check`: exit 0 when every property held in every world (--runs N worlds from
// --seed); exit 2 on invalid input (a property naming a Job that does not exist; no check section).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: okc}
spec:
  duration: 2h
  check:
    runs: 7
    faults:
      nodeDown: {max: 1, for: [1m, 2m]}
    properties:
    - {job: etl, maxFailed: 0, completesWithin: 30m}
    - {cronJob: cj, noMissedSlot: true, maxLateness: 5m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'contract/check-pass-and-invalid',
  source: 'CONTRACT.md §1 (jobsim check exit 0 / 2; --runs N; --seed N)',
  scenario,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'checkok-'));
    const f = join(dir, 'ok.yaml');
    writeFileSync(f, scenario);
    let p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 0, `exit 0 (${p.stdout}${p.stderr})`);
    h.assert(/\b7 world/.test(p.stdout), `7 worlds from check.runs: ${p.stdout}`);
    p = spawnSync(bin, ['check', f, '--runs', '3', '--seed', '10'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit 0 with flags');
    h.assert(/\b3 world/.test(p.stdout) && /seed 10\b/.test(p.stdout), `--runs/--seed honoured: ${p.stdout}`);
    h.assert(!existsSync(join(dir, 'ok.counterexample.yaml')), 'no counterexample when all held');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, scenario.replace('job: etl', 'job: nope'));
    p = spawnSync(bin, ['check', bad], { encoding: 'utf8' });
    h.eq(p.status, 2, 'unknown Job in a property: exit 2');
    h.assert(/bad\.yaml:11:\d+: .*spec\.check\.properties\[0\]\.job/.test(p.stderr), `position and path: ${p.stderr}`);
    const none = join(dir, 'none.yaml');
    writeFileSync(none, scenario.split('---\n').slice(1).join('---\n'));
    p = spawnSync(bin, ['check', none], { encoding: 'utf8' });
    h.eq(p.status, 2, 'no check section: exit 2');
  },
};
