// maxLateness: "no Job started later than that after its scheduled time". A cronjob-controller outage
// 00:59-01:06:30 makes the 01:00 Job start at 01:06:30, 6m30s late (> 5m): exit 1 with
// "the Job for 2026-01-01T01:00:00Z started 6m30s late". The counterexample keeps the scenario's own
// fault (halving it to 3m45s would no longer break the property) and replays the late Job.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m1}
spec:
  duration: 3h
  faults:
  - {at: 59m, controllerDown: cronjob, for: 7m30s}
  check:
    runs: 1
    properties:
    - {cronJob: hourly, maxLateness: 5m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'checklib/maxlateness-scenario-fault-kept',
  source: 'README jobsim check (per CronJob maxLateness); cronjob_controllerv2.go (after an outage the most recent missed schedule runs late); README shrinking',
  scenario,
  check(r, h) {
    const j1 = h.jobsOf('hourly').find((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'] === '2026-01-01T01:00:00Z');
    h.eq(j1?.metadata.creationTimestamp, '2026-01-01T01:06:30Z', 'run: 01:00 Job created at 01:06:30');
    const dir = mkdtempSync(join(tmpdir(), 'ml-'));
    const f = join(dir, 'm1.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    h.eq(p.stdout.split('\n')[1], '  cronJob default/hourly: maxLateness 5m: the Job for 2026-01-01T01:00:00Z started 6m30s late', 'message');
    const ce = join(dir, 'm1.counterexample.yaml');
    const sim = YAML().parseAllDocuments(readFileSync(ce, 'utf8')).map((d) => d.toJS()).find((d) => d.kind === 'Simulation');
    h.eq(sim.spec.faults, [{ at: '59m', controllerDown: 'cronjob', for: '7m30s' }], 'fault kept as is');
    const run = JSON.parse(spawnSync(bin, ['run', ce, '-o', 'json'], { encoding: 'utf8' }).stdout);
    const late = run.items.find((o) => o.kind === 'Job' && o.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp'] === '2026-01-01T01:00:00Z');
    h.eq(late?.metadata.creationTimestamp, '2026-01-01T01:06:30Z', 'replay: the late Job');
  },
};
