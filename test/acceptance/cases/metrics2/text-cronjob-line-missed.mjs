// The text report's Metrics section gives each CronJob the figures of metrics.cronJobs: "cronjob NS/NAME:
// C complete, F failed, M schedule time(s) never started; finished after the scheduled time p50 .., p95 ..,
// max ..; started late p95 .., max .." (durations whole seconds, truncated, or ms below a second). Outage
// scenario: 2 complete, 3 never started, finished after {31.1, 331} -> 31s / 5m31s / 5m31s; started late
// {0.1, 300} -> p95 5m, max 5m. The JSON of the same run says the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m1}
spec:
  duration: 1h
  faults:
    - {at: 5m, controllerDown: cronjob, for: 40m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`;
export default {
  id: 'metrics2/text-cronjob-line-missed',
  source: 'README "The text report" (then the metrics ...; durations there are whole seconds, truncated, or milliseconds below a second); README metrics table cronJobs["NS/NAME"].*',
  scenario,
  check(r, h) {
    const c = r.metrics.cronJobs['default/c'];
    h.eq([c.complete, c.failed, c.missedSchedules, c.finishedAfterScheduleSeconds.max, c.startDelaySeconds.max], [2, 0, 3, 331, 300], 'json');
    const dir = mkdtempSync(join(tmpdir(), 'metrics2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8', maxBuffer: 1 << 26 });
    h.eq(p.status, 0, 'exit');
    const metrics = p.stdout.slice(p.stdout.lastIndexOf('\nMetrics:'));
    const line = metrics.split('\n').find((l) => l.trim().startsWith('cronjob default/c'));
    h.eq(line?.trim(), 'cronjob default/c: 2 complete, 0 failed, 3 schedule time(s) never started; finished after the scheduled time p50 31s, p95 5m31s, max 5m31s; started late p95 5m, max 5m', 'text line');
  },
};
