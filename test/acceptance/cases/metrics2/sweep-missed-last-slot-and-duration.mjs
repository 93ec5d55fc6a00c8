// Sweep MISSED and the service-level share with CronJob times lost to an outage, and --duration. Two */10
// CronJobs (30s pods), d60 with startingDeadlineSeconds 60 and none without; the CronJob controller is
// down from 25m to past the end. Each runs 00:10 and 00:20 (on time, within 5m: 4 Jobs met).
// As written (1h): 00:30, 00:40, 00:50 are missed for both (01:00 follows); 01:00 is the run's last
// instant and may yet start: MISSED 6, share 4/(4+6) = 0.4. With --duration 58m: 00:50 is the last
// time: d60's deadline (00:51) passed -> missed; none's may yet start -> left out: MISSED 5, share 4/9.
// MISSED equals the sum of the run's metrics.cronJobs[*].missedSchedules (`jobsim run -o summary`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
function cli(scenario, args) {
  const dir = mkdtempSync(join(tmpdir(), 'metrics2-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), [args[0], f, ...args.slice(1)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (p.status !== 0) throw new Error(`jobsim ${args.join(' ')}: exit ${p.status}: ${p.stderr.slice(0, 300)}`);
  return JSON.parse(p.stdout);
}
const cj = (name, deadline) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: ${name}}
spec:
  schedule: "*/10 * * * *"${deadline === undefined ? '' : `\n  startingDeadlineSeconds: ${deadline}`}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`;
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sm}
spec:
  duration: 1h
  faults:
    - {at: 25m, controllerDown: cronjob, for: 2h}
${cj('d60', 60)}${cj('none')}`;
export default {
  id: 'metrics2/sweep-missed-last-slot-and-duration',
  source: 'README "jobsim sweep" (MISSED "as metrics.cronJobs[...].missedSchedules counts them" is a miss; --duration); README metrics table cronJobs missedSchedules (last time and starting deadline)',
  scenario,
  check(r, h) {
    for (const [extra, missed, share] of [[[], 6, 0.4], [['--duration', '58m'], 5, 0.4444]]) {
      const s = cli(scenario, ['sweep', '--pool', 'node=3', '--seeds', '1', '--within', '5m', '-o', 'json', ...extra]);
      h.eq(s.rows[0].runs[0].jobs, { created: 4, complete: 4, failed: 0, unfinished: 0, withinSlo: 4, undetermined: 0, missed }, `jobs ${extra.join(' ')}`);
      h.eq([s.rows[0].summary.missed, s.rows[0].summary.withinSloShare], [missed, share], `summary ${extra.join(' ')}`);
      const run = cli(scenario, ['run', '-o', 'summary', ...extra]);
      h.eq(Object.values(run.metrics.cronJobs).reduce((a, c) => a + c.missedSchedules, 0), missed, `run metrics missedSchedules ${extra.join(' ')}`);
    }
  },
};
