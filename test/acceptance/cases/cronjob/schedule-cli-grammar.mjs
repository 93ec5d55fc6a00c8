// `jobsim schedule`: ranges with steps, N/S = N-max/S, lists, case-insensitive month and day names, descriptors.
import { spawnSync } from 'node:child_process';
const sched = (...a) => {
  const p = spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`jobsim schedule ${a.join(' ')}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
const F = ['--from', '2026-01-01T00:00:00Z', '-o', 'json', '--count'];
export default {
  id: 'cronjob/schedule-cli-grammar',
  source: 'reference cronjob-and-friends §1.2 (robfig v3 ParseStandard grammar and descriptors); CONTRACT §1 jobsim schedule',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(sched('5-20/5 * * * *', ...F, '5'), ['2026-01-01T00:05:00Z', '2026-01-01T00:10:00Z', '2026-01-01T00:15:00Z', '2026-01-01T00:20:00Z', '2026-01-01T01:05:00Z'], 'range with step');
    h.eq(sched('0 0 1/10 * *', ...F, '4'), ['2026-01-11T00:00:00Z', '2026-01-21T00:00:00Z', '2026-01-31T00:00:00Z', '2026-02-01T00:00:00Z'], 'N/S means N-max/S');
    h.eq(sched('0 9 * JAN,feb MON-fri', ...F, '3'), ['2026-01-01T09:00:00Z', '2026-01-02T09:00:00Z', '2026-01-05T09:00:00Z'], 'names, any case');
    h.eq(sched('0 0 1 Jan-MAR/2 *', ...F, '3'), ['2026-03-01T00:00:00Z', '2027-01-01T00:00:00Z', '2027-03-01T00:00:00Z'], 'month name range with step');
    h.eq(sched('0 0 * * 1,3-5/2', ...F, '4'), ['2026-01-02T00:00:00Z', '2026-01-05T00:00:00Z', '2026-01-07T00:00:00Z', '2026-01-09T00:00:00Z'], 'list with stepped range');
    h.eq(sched('*/25 * * * *', ...F, '3'), ['2026-01-01T00:25:00Z', '2026-01-01T00:50:00Z', '2026-01-01T01:00:00Z'], '*/25 restarts at each hour');
    h.eq(sched('@hourly', ...F, '2'), ['2026-01-01T01:00:00Z', '2026-01-01T02:00:00Z'], '@hourly');
    h.eq(sched('@daily', ...F, '1'), ['2026-01-02T00:00:00Z'], '@daily');
    h.eq(sched('@midnight', ...F, '1'), ['2026-01-02T00:00:00Z'], '@midnight');
    h.eq(sched('@weekly', ...F, '1'), ['2026-01-04T00:00:00Z'], '@weekly = Sunday 00:00');
    h.eq(sched('@monthly', ...F, '1'), ['2026-02-01T00:00:00Z'], '@monthly');
    h.eq(sched('@yearly', ...F, '1'), ['2027-01-01T00:00:00Z'], '@yearly');
    h.eq(sched('@annually', ...F, '1'), ['2027-01-01T00:00:00Z'], '@annually');
    h.eq(sched('@every 90m', '--from', '2026-01-01T00:07:13Z', '-o', 'json', '--count', '2'), ['2026-01-01T01:37:13Z', '2026-01-01T03:07:13Z'], '@every not aligned');
    h.eq(sched('@every 500ms', ...F, '2'), ['2026-01-01T00:00:01Z', '2026-01-01T00:00:02Z'], '@every under 1s is 1s');
    h.eq(sched('@every 1m30.9s', ...F, '2'), ['2026-01-01T00:01:30Z', '2026-01-01T00:03:00Z'], '@every drops the fraction of a second');
  },
};
