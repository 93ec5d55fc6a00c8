// maxLateness: "no Job started later than that after its scheduled time". Behind a Forbid CronJob
// with 12-minute Jobs, slots start late. From `jobsim run` (each Job's creationTimestamp minus its
// scheduled-timestamp annotation) take the largest lateness L and the first slot later than L-1s:
// jobsim check with maxLateness L holds (exit 0), with L-1s breaks (exit 1) naming that slot and
// its lateness.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (late) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ml}
spec:
  duration: 1h
  check:
    runs: 1
    properties:
    - {cronJob: cj, maxLateness: ${late}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 12m}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
const TS = 'batch.kubernetes.io/cronjob-scheduled-timestamp';
const fmt = (s) => `${Math.floor(s / 60) ? `${Math.floor(s / 60)}m` : ''}${s % 60 ? `${s % 60}s` : ''}`;
export default {
  id: 'check2/maxlateness-threshold-from-run',
  source: 'README jobsim check (per CronJob maxLateness: no Job started later than that after its scheduled time)',
  scenario: scenario('1h'),
  check(r, h) {
    const late = h.jobsOf('cj').map((j) => ({ slot: j.metadata.annotations[TS], s: (Date.parse(j.metadata.creationTimestamp) - Date.parse(j.metadata.annotations[TS])) / 1000 }))
      .sort((a, b) => Date.parse(a.slot) - Date.parse(b.slot));
    const L = Math.max(...late.map((x) => x.s));
    h.assert(L >= 120 && L < 3600, `run: a Job starts minutes late (${JSON.stringify(late)})`);
    const first = late.find((x) => x.s > L - 1);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'mlt-'));
    writeFileSync(join(dir, 'eq.yaml'), scenario(fmt(L)));
    writeFileSync(join(dir, 'lt.yaml'), scenario(fmt(L - 1)));
    let p = spawnSync(bin, ['check', 'eq.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `maxLateness ${fmt(L)} holds: ${p.stdout}`);
    p = spawnSync(bin, ['check', 'lt.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, `maxLateness ${fmt(L - 1)} breaks`);
    h.eq(p.stdout.split('\n')[1], `  cronJob default/cj: maxLateness ${fmt(L - 1)}: the Job for ${first.slot} started ${fmt(first.s)} late`, 'message');
  },
};
