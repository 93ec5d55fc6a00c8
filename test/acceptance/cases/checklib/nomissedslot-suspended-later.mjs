// noMissedSlot: "a Job ran for every schedule time". A cronjob-controller outage 01:05-02:05 makes
// the slots 01:10..01:50 missed (only the latest missed run, 02:00, is started). Suspending the
// CronJob later (at 03:00) does not un-miss them: jobsim check must still exit 1, as it does without
// the suspension.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ms}
spec:
  duration: 4h
  faults:
  - {at: 1h5m, controllerDown: cronjob, for: 1h}
  timeline:
  - {at: 3h, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
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
  id: 'checklib/nomissedslot-suspended-later',
  source: 'README jobsim check (noMissedSlot: a Job ran for every schedule time); cronjob_controllerv2.go getMostRecentScheduleTime (only the latest missed run is started)',
  scenario,
  check(r, h) {
    const slots = h.jobsOf('cj').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']);
    h.assert(!slots.includes('2026-01-01T01:10:00Z') && slots.includes('2026-01-01T02:00:00Z'), `run: 01:10 missed, 02:00 ran: ${slots}`);
    const dir = mkdtempSync(join(tmpdir(), 'ms-'));
    const f = join(dir, 'ms.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, `check exit (${p.stdout.trim()})`);
    h.assert(p.stdout.includes('cronJob default/cj: noMissedSlot: no Job ran for the slot 2026-01-01T01:10:00Z'), `names the first missed slot: ${p.stdout}`);
  },
};
