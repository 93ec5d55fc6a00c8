// `jobsim schedule` with --time-zone: a time in the spring-forward gap is skipped that day, a time in the fall-back
// hour runs twice; --from YYYY-MM-DD is that local day's start; strictly after --from.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${a.join(' ')}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'cronjob/schedule-cli-dst',
  source: 'reference cronjob-and-friends §1.2 DST (gap skipped, overlap twice); CONTRACT §1 (DST gaps and repeats marked; --from default start; strictly after)',
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
    h.eq(sched('30 2 * * *', '--time-zone', 'America/New_York', '--from', '2026-03-07', '--count', '2', '-o', 'json'), ['2026-03-07T07:30:00Z', '2026-03-09T06:30:00Z'], 'NY gap: Mar 8 skipped');
    h.eq(sched('30 1 * * *', '--time-zone', 'America/New_York', '--from', '2026-11-01', '--count', '3', '-o', 'json'), ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-11-02T06:30:00Z'], 'NY repeat: 01:30 twice');
    h.eq(sched('30 2 * * *', '--time-zone', 'Europe/Berlin', '--from', '2026-03-28', '--count', '2', '-o', 'json'), ['2026-03-28T01:30:00Z', '2026-03-30T00:30:00Z'], 'Berlin gap');
    h.eq(sched('30 2 * * *', '--time-zone', 'Europe/Berlin', '--from', '2026-10-25', '--count', '3', '-o', 'json'), ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-26T01:30:00Z'], 'Berlin repeat');
    h.eq(sched('0 * * * *', '--time-zone', 'America/New_York', '--from', '2026-03-08T05:30:00Z', '--count', '2', '-o', 'json'), ['2026-03-08T06:00:00Z', '2026-03-08T07:00:00Z'], 'hourly: 01:00 EST then 03:00 EDT');
    h.eq(sched('0 * * * *', '--from', '2026-01-01T01:00:00Z', '--count', '1', '-o', 'json'), ['2026-01-01T02:00:00Z'], 'strictly after --from');
    h.eq(sched('0 * * * *', '--count', '1', '-o', 'json'), ['2026-01-01T01:00:00Z'], 'default --from is 2026-01-01T00:00:00Z');
    // text output marks the skipped and the repeated runs, and only those
    const t = run('30 2 * * *', '--time-zone', 'Europe/Berlin', '--from', '2026-03-27', '--count', '3');
    h.eq(t.status, 0, 'text exit');
    const lines = t.stdout.split('\n').filter((l) => /2026-03-/.test(l) && /\d{2}:\d{2}:\d{2}Z/.test(l));
    h.eq(lines.length, 3, 'three rows');
    h.assert(!/DST|skip|gap/i.test(lines[0]) && /DST|skip|gap/i.test(lines[2]), `the row after the gap is marked: ${JSON.stringify(lines)}`);
  },
};
