// noMissedSlot: "a Job ran for every schedule time". A */5 CronJob with concurrencyPolicy Forbid and
// 12-minute Jobs: the 00:05 Job runs to 00:17:01, so 00:10 and 00:15 come while it is active; the
// controller then starts only the most recent unmet time (00:15), and 00:10 never gets a Job (jobsim
// run shows no Job annotated with 00:10 in the whole hour). jobsim check exits 1 naming that slot. The
// same CronJob with concurrencyPolicy Allow runs every slot on time: exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (policy) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fb}
spec:
  duration: 1h
  check:
    runs: 2
    properties:
    - {cronJob: cj, noMissedSlot: true}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: ${policy}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 12m}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
const TS = 'batch.kubernetes.io/cronjob-scheduled-timestamp';
export default {
  id: 'check2/nomissedslot-forbid-skips-slot',
  source: 'README jobsim check (per CronJob noMissedSlot: a Job ran for every schedule time); README metrics missedSchedules (skipped behind a Forbid Job)',
  scenario: scenario('Forbid'),
  check(r, h) {
    const slots = h.jobsOf('cj').map((j) => j.metadata.annotations[TS]);
    h.assert(!slots.includes('2026-01-01T00:10:00Z') && slots.includes('2026-01-01T00:15:00Z'), `run: 00:10 skipped, 00:15 started: ${slots}`);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'nmf-'));
    writeFileSync(join(dir, 'forbid.yaml'), scenario('Forbid'));
    writeFileSync(join(dir, 'allow.yaml'), scenario('Allow'));
    let p = spawnSync(bin, ['check', 'forbid.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, 'Forbid: exit 1');
    h.eq(p.stdout.split('\n').slice(0, 2), ['Property broken in world 1 of 2 (seed 1):', '  cronJob default/cj: noMissedSlot: no Job ran for the slot 2026-01-01T00:10:00Z'], 'report');
    p = spawnSync(bin, ['check', 'allow.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `Allow: every slot ran: ${p.stdout}`);
  },
};
