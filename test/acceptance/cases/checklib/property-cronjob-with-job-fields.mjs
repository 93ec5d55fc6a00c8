// A property names a Job or a CronJob; maxFailed and completesWithin are per-Job properties (README),
// as noMissedSlot and maxLateness are per-CronJob ones (which jobsim refuses on a Job: "applies to a
// cronJob only"). { cronJob: cj, maxFailed: 0, completesWithin: 1s } must be refused (exit 2, with
// the positions), not accepted and never checked (every Job of cj fails, yet check says all held).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p}
spec:
  duration: 1h
  check:
    runs: 1
    properties:
    - {cronJob: cj, maxFailed: 0, completesWithin: 1s}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: {annotations: {jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'checklib/property-cronjob-with-job-fields',
  source: 'README jobsim check ("per Job maxFailed ... and completesWithin ...; per CronJob noMissedSlot ... and maxLateness"); inputerrors/check-section-errors (the converse is refused)',
  // the check section is part of the scenario: jobsim run refuses it too, as it refuses the converse
  scenario,
  exit: 2,
  check(r, h) {
    h.assert(/spec\.check\.properties\[0\]\.maxFailed: Invalid value: 0: applies to a job only/.test(r.stderr), `run refuses it: ${r.stderr}`);
    const dir = mkdtempSync(join(tmpdir(), 'pc-'));
    const f = join(dir, 'p.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 2, `check exit (${p.stdout.trim()})`);
    h.assert(/p\.yaml:9:\d+: Simulation p: spec\.check\.properties\[0\]\.maxFailed: /.test(p.stderr), `maxFailed refused with its position: ${p.stderr}`);
    h.assert(/p\.yaml:9:\d+: Simulation p: spec\.check\.properties\[0\]\.completesWithin: /.test(p.stderr), `completesWithin refused with its position: ${p.stderr}`);
  },
};
