// Contract §1/§2: `jobsim check` explores worlds "around the scenario" and checks the properties in each;
// the world of the scenario's own seed with no drawn faults is the scenario itself, so a property that
// `jobsim run` shows broken must be reported broken (exit 1). Without spec.duration a run lasts until
// quiet (no CronJob) or 24h (with one); jobsim check instead cuts every world at max(completesWithin, 1h),
// so a Job failing at 90m, or a CronJob slot at 05:00 started 9 minutes late, passes the check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const jobScenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: jc}
spec:
  check:
    runs: 1
    properties:
    - {job: slow, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: slow}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 90m, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
const cronScenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cjc}
spec:
  faults:
  - {at: 4h59m, controllerDown: cronjob, for: 10m}
  check:
    runs: 1
    properties:
    - {cronJob: daily, maxLateness: 1m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: daily}
spec:
  schedule: "0 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'contract/check-world-runs-like-run',
  source: 'CONTRACT.md §1 (jobsim check explores N worlds around the scenario and checks its properties in each), §2 (without duration: until quiet, or 24h with a CronJob); README properties maxFailed, maxLateness',
  scenario: jobScenario,
  check(r, h) {
    h.eq(h.job('slow').status.failed, 1, 'jobsim run: status.failed 1 > maxFailed 0');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    const cron = join(dir, 'cron.yaml');
    writeFileSync(cron, cronScenario);
    const run = JSON.parse(spawnSync(bin, ['run', cron, '-o', 'json'], { encoding: 'utf8' }).stdout);
    const j = run.items.find((o) => o.kind === 'Job');
    h.eq(j?.metadata.creationTimestamp, '2026-01-01T05:09:00Z', 'jobsim run: the 05:00 slot starts 9m late');
    const job = join(dir, 'job.yaml');
    writeFileSync(job, jobScenario);
    const a = spawnSync(bin, ['check', job], { encoding: 'utf8' });
    h.eq(a.status, 1, `jobsim check of the Job scenario: ${a.stdout.trim()}`);
    const b = spawnSync(bin, ['check', cron], { encoding: 'utf8' });
    h.eq(b.status, 1, `jobsim check of the CronJob scenario: ${b.stdout.trim()}`);
  },
};
