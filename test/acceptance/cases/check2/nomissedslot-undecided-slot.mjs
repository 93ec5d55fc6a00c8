// noMissedSlot must not call a schedule time missed while it may still start. A */5 Forbid CronJob
// with 7-minute Jobs, run for 12m: the 00:05 Job is active until 00:12:01, so the 00:10 time waits
// behind it and starts at 00:12:01 (a 20m run shows it: 2m1s late, not missed). In the 12m world the
// 00:10 time is still pending when the run ends; jobsim's own metrics say so ("the run's last time
// is missed only once its starting deadline has passed (without one it may yet start, and is not
// counted)": missedSchedules 0), and jobsim check, by the same rule, finds no missed slot (exit 0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (d) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: und}
spec:
  duration: ${d}
  check:
    runs: 1
    properties:
    - {cronJob: cj, noMissedSlot: true}
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
        metadata: {annotations: {jobsim/duration: 7m}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
const TS = 'batch.kubernetes.io/cronjob-scheduled-timestamp';
export default {
  id: 'check2/nomissedslot-undecided-slot',
  source: 'README jobsim check (noMissedSlot: a Job ran for every schedule time); README metrics cronJobs[..].missedSchedules (the run\'s last time may yet start, and is not counted)',
  scenario: scenario('12m'),
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => j.metadata.annotations[TS]), ['2026-01-01T00:05:00Z'], '12m run: the 00:10 time has no Job yet');
    h.eq(r.metrics.cronJobs?.['default/cj']?.missedSchedules ?? 0, 0, '12m run: metrics count no missed schedule');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'und-'));
    writeFileSync(join(dir, 'long.yaml'), scenario('20m'));
    writeFileSync(join(dir, 'short.yaml'), scenario('12m'));
    const long = JSON.parse(spawnSync(bin, ['run', 'long.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir }).stdout);
    const j10 = long.items.find((o) => o.kind === 'Job' && o.metadata.annotations?.[TS] === '2026-01-01T00:10:00Z');
    h.eq(j10?.metadata.creationTimestamp, '2026-01-01T00:12:01Z', '20m run: the 00:10 time starts at 00:12:01');
    let p = spawnSync(bin, ['check', 'long.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `20m: nothing missed: ${p.stdout.trim()}`);
    p = spawnSync(bin, ['check', 'short.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `12m: the 00:10 time is pending, not missed (got: ${p.stdout.split('\n').slice(0, 2).join(' | ')})`);
  },
};
