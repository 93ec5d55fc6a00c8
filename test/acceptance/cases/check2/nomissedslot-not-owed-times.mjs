// noMissedSlot counts the schedule times the CronJob owed. Not owed: the times while it was suspended
// (a timeline patch suspends it at 00:50 and resumes it at 01:50; the 01:00, 01:20, 01:40 times are
// not missed runs), and a wall-clock time that does not exist (02:30 America/New_York on 2026-03-08,
// the spring-forward gap, which robfig/cron skips). Both scenarios: jobsim check exits 0, and
// jobsim run's metrics count no missed schedule either.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = `  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
const suspended = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sus}
spec:
  duration: 3h
  check:
    runs: 1
    properties:
    - {cronJob: cj, noMissedSlot: true}
  timeline:
  - {at: 50m, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
  - {at: 1h50m, patch: {kind: CronJob, name: cj, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/20 * * * *"
${job}`;
const dst = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dst}
spec:
  start: "2026-03-07T00:00:00Z"
  duration: 3d
  check:
    runs: 1
    properties:
    - {cronJob: cj, noMissedSlot: true}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "30 2 * * *"
  timeZone: America/New_York
${job}`;
const TS = 'batch.kubernetes.io/cronjob-scheduled-timestamp';
export default {
  id: 'check2/nomissedslot-not-owed-times',
  source: 'README jobsim check (noMissedSlot: a Job ran for every schedule time); README metrics missedSchedules (times the CronJob owed: neither suspended nor being deleted); CONTRACT §1 schedule (daylight-saving gaps)',
  scenario: suspended,
  check(r, h) {
    const slots = h.jobsOf('cj').map((j) => j.metadata.annotations[TS].slice(11, 16));
    h.assert(!slots.includes('01:00') && !slots.includes('01:20'), `run: nothing scheduled while suspended: ${slots}`);
    h.eq(r.metrics.cronJobs?.['default/cj']?.missedSchedules ?? 0, 0, 'run: no missed schedule in the metrics');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'nmo-'));
    writeFileSync(join(dir, 'sus.yaml'), suspended);
    writeFileSync(join(dir, 'dst.yaml'), dst);
    const d = JSON.parse(spawnSync(bin, ['run', 'dst.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir }).stdout);
    h.eq(d.items.filter((o) => o.kind === 'Job').length, 2, 'dst run: 2 Jobs in 3 days (03-07, 03-09; 03-08 02:30 does not exist)');
    for (const f of ['sus.yaml', 'dst.yaml']) {
      const p = spawnSync(bin, ['check', f], { encoding: 'utf8', cwd: dir });
      h.eq(p.status, 0, `${f}: ${p.stdout.trim()}`);
    }
  },
};
