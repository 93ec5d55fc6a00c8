// README known differences (CronJob controller): where robfig's Next never returns (across
// Pacific/Kiritimati's skipped 31 December 1994) jobsim takes the schedule as never firing again.
// robfig v3.0.1 spec.go: the day loop does t = t.AddDate(0,0,1) from 30 Dec 00:00 (-10); Go's time.Date
// normalises the missing 31 Dec 00:00 back to 30 Dec 00:00 (offset +14 applied), so "31 12" loops forever.
// "30 12" matches before the gap, and from 1995 on the same schedule fires normally.
import { spawnSync } from 'node:child_process';
const sched = (...a) => { const p = spawnSync('node_modules/.bin/jobsim', ['schedule', ...a, '-o', 'json'], { encoding: 'utf8' }); if (p.status !== 0) throw new Error('exit ' + p.status + ': ' + p.stderr); return JSON.parse(p.stdout); };
export default {
  id: 'readme/kiritimati-never-returns',
  source: 'README Known differences (CronJob controller: robfig Next never returns for a few schedules across Pacific/Kiritimati 31 December 1994); robfig/cron v3.0.1 spec.go Next (day loop, AddDate); Go time.Date normalisation in a gap',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(sched('0 12 31 12 *', '--time-zone', 'Pacific/Kiritimati', '--from', '1994-12-01', '--count', '2'), [], 'never fires again');
    h.eq(sched('0 12 31 12 *', '--time-zone', 'Pacific/Kiritimati', '--from', '1995-01-01', '--count', '2'), ['1995-12-30T22:00:00Z', '1996-12-30T22:00:00Z'], 'after the gap');
    h.eq(sched('0 12 30 12 *', '--time-zone', 'Pacific/Kiritimati', '--from', '1994-12-01', '--count', '2'), ['1994-12-30T22:00:00Z', '1995-12-29T22:00:00Z'], '30 December');
  },
};
