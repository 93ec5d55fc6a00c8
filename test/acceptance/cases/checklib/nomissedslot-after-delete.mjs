// noMissedSlot counts the schedule times of the CronJob while it exists: after `kubectl delete
// cronjob` (timeline, 01:05) there is no schedule, so no slot after the deletion is "missed". Every
// slot before it (00:10..01:00) ran: jobsim check exits 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 3h
  timeline:
  - {at: 1h5m, delete: {kind: CronJob, name: cj}}
  check:
    runs: 1
    properties:
    - {cronJob: cj, noMissedSlot: true}
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
  id: 'checklib/nomissedslot-after-delete',
  source: 'README jobsim check (noMissedSlot: a Job ran for every schedule time); CronJob deleted through the timeline (README timeline delete)',
  scenario,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.deletionTimestamp, '2026-01-01T01:05:00Z', 'run: deleted at 01:05');
    const dir = mkdtempSync(join(tmpdir(), 'del-'));
    const f = join(dir, 'del.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 0, `check exit (${p.stdout.trim().split('\n').slice(0, 2).join(' | ')})`);
  },
};
