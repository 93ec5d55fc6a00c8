// Text output marks the runs that daylight-saving or offset changes affect, and only those: a midnight gap
// (America/Santiago 2026-09-06: the 00:00 run is skipped), a standard-offset change that repeats an hour
// (Europe/Moscow 2014-10-26: 01:30 runs twice, both rows marked), robfig's skip of an existing local midnight
// (Asia/Pyongyang 2015-08-15); Asia/Kolkata (no change) has no marks. UTC instants as robfig v3.0.1 computes them.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const rows = (p) => p.stdout.split('\n').filter((l) => /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/.test(l));
const marked = (l) => /DST|skip|repeat|twice|quirk|gap/i.test(l);
export default {
  id: 'schedulecli/text-marks-unusual-changes',
  source: 'CONTRACT.md §1 (jobsim schedule: daylight-saving gaps and repeats marked); robfig/cron v3.0.1 spec.go Next (values checked against robfig on Go tzdata)',
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
    let p = run('0 0 * * *', '--time-zone', 'America/Santiago', '--from', '2026-09-04T12:00:00Z', '--count', '3');
    h.eq(p.status, 0, 'santiago exit');
    let rs = rows(p);
    h.eq(rs.length, 3, `three rows: ${p.stdout}`);
    h.assert(rs[0].includes('2026-09-05T04:00:00Z') && rs[1].includes('2026-09-07T03:00:00Z') && rs[2].includes('2026-09-08T03:00:00Z'), `Santiago instants: ${rs.join(' | ')}`);
    h.assert(!marked(rs[0]) && marked(rs[1]) && !marked(rs[2]), `the row after the skipped midnight is marked: ${rs.join(' | ')}`);
    p = run('30 1 * * *', '--time-zone', 'Europe/Moscow', '--from', '2014-10-25T00:00:00Z', '--count', '3');
    rs = rows(p);
    h.assert(rs[0].includes('2014-10-25T21:30:00Z') && rs[1].includes('2014-10-25T22:30:00Z') && rs[2].includes('2014-10-26T22:30:00Z'), `Moscow instants: ${rs.join(' | ')}`);
    h.assert(rs[0].includes('2014-10-26T01:30:00+04:00') && rs[1].includes('2014-10-26T01:30:00+03:00'), `Moscow local times: ${rs.join(' | ')}`);
    h.assert(marked(rs[0]) && marked(rs[1]) && !marked(rs[2]), `both runs of the repeated 01:30 are marked: ${rs.join(' | ')}`);
    p = run('0 0 * * *', '--time-zone', 'Asia/Pyongyang', '--from', '2015-08-13T00:00:00Z', '--count', '3');
    rs = rows(p);
    h.assert(rs[0].includes('2015-08-13T15:00:00Z') && rs[1].includes('2015-08-15T15:30:00Z'), `Pyongyang instants: ${rs.join(' | ')}`);
    h.assert(!marked(rs[0]) && marked(rs[1]) && !marked(rs[2]), `the row after the skipped midnight is marked: ${rs.join(' | ')}`);
    p = run('0 0 * * *', '--time-zone', 'Asia/Kolkata', '--from', '2026-03-27T00:00:00Z', '--count', '4');
    rs = rows(p);
    h.eq(rs.length, 4, 'Kolkata rows');
    h.assert(rs.every((l) => !marked(l)) && rs.every((l) => l.includes('+05:30')), `Kolkata: no marks, +05:30: ${rs.join(' | ')}`);
  },
};
