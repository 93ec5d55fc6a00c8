// `jobsim schedule`: day-of-month and day-of-week both restricted means either may match (Vixie OR rule), and in
// robfig v3.0.1 "*/2" counts as restricted; a run of the same CronJob starts exactly those times.
import { spawnSync } from 'node:child_process';
const sched = (...a) => {
  const p = spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`jobsim schedule ${a.join(' ')}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'cronjob/schedule-cli-dom-dow-or',
  source: 'reference cronjob-and-friends §1.2 (day matching OR when both restricted; */2 restricted in v3.0.1, robfig issue #70); CONTRACT §1 jobsim schedule -o json',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 17d
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: fri13
spec:
  schedule: "0 0 13 * 5"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const fri13 = ['2026-01-02T00:00:00Z', '2026-01-09T00:00:00Z', '2026-01-13T00:00:00Z', '2026-01-16T00:00:00Z'];
    h.eq(sched('0 0 13 * 5', '--from', '2026-01-01T00:00:00Z', '--count', '4', '-o', 'json'), fri13, '13th OR Friday');
    h.eq(h.jobsOf('fri13').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']), fri13, 'the CronJob runs the same times');
    h.eq(sched('0 0 */2 * 1', '--from', '2026-01-01T00:00:00Z', '--count', '4', '-o', 'json'), ['2026-01-03T00:00:00Z', '2026-01-05T00:00:00Z', '2026-01-07T00:00:00Z', '2026-01-09T00:00:00Z'], '*/2 day-of-month is restricted: odd days OR Mondays');
    h.eq(sched('0 0 * * 1', '--from', '2026-01-01T00:00:00Z', '--count', '2', '-o', 'json'), ['2026-01-05T00:00:00Z', '2026-01-12T00:00:00Z'], '* day-of-month: AND, Mondays only');
    h.eq(sched('0 0 ? * ?', '--from', '2026-01-01T00:00:00Z', '--count', '2', '-o', 'json'), ['2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z'], '? is *');
  },
};
