// Forbid CronJob, hourly, Jobs of 90m, 6h run. 01:00's Job is created 01:00:00.1 and Complete 02:30:01.1;
// the blocked 02:00 slot starts when it finishes (CronJob controller's updateJob handler requeues it; the
// most recent unmet time is 02:00): created 02:30:01.1, Complete 04:00:02.1; 03:00 is never started;
// 04:00 waits for that Job (created 04:00:02.1, Complete 05:30:03.1); 05:00 starts at 05:30:03.1 and
// runs past the end. metrics.cronJobs: startDelay samples {0.1, 1801.1, 2.1} -> p50 2.1, p95/max 1801.1;
// finishedAfterSchedule {5401.1, 7202.1, 5403.1} -> p50 5403.1, p95/p99/max 7202.1. Sweep --within 2h
// counts from the schedule: 2 met, 1 missed (7202.1 > 7200), 05:00 undecided (window to 07:00), and 03:00,
// never started (superseded by 04:00), a miss; 06:00, the run's last time, may yet start: 2/(4+1-1) = 0.5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
function sweep(scenario, args) {
  const dir = mkdtempSync(join(tmpdir(), 'sweep2-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['sweep', f, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr, json: () => JSON.parse(p.stdout) };
}
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c1}
spec:
  duration: 6h
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "4", memory: 8Gi, pods: 110}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "90m"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
export default {
  id: 'sweep2/forbid-cron-delays-and-slo-from-schedule',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go (updateJob enqueue, syncCronJob Forbid); README metrics cronJobs.*; README sweep (window from the scheduled time)',
  scenario,
  check(r, h) {
    h.eq(r.metrics.cronJobs['default/hourly'], { complete: 3, failed: 0, missedSchedules: 1, startDelaySeconds: { p50: 2.1, p95: 1801.1, max: 1801.1 }, finishedAfterScheduleSeconds: { p50: 5403.1, p95: 7202.1, p99: 7202.1, max: 7202.1 } }, 'cronJobs');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 5401, p95: 5401, p99: 5401, max: 5401 }, 'durations from creation');
    h.eq(r.metrics.jobs.lastFinishedAt, 19803.1, 'lastFinishedAt');
    h.eq(r.metrics.pools.p.cpuUtilization, 0.2083, 'cpu 1000m over 5h of 6h, 4 cores: 0.2083');
    const s = sweep(scenario, ['--pool', 'p=1', '--seeds', '1', '--within', '2h', '-o', 'json']).json();
    h.eq(s.rows[0].runs[0].jobs, { created: 4, complete: 3, failed: 0, unfinished: 1, withinSlo: 2, undetermined: 1, missed: 1 }, 'jobs');
    h.eq(s.rows[0].summary.withinSloShare, 0.5, 'share');
  },
};
