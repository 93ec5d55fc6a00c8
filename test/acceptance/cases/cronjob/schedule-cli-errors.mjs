// `jobsim schedule` rejects what the API server would (exit 2, robfig's words): day-of-week 7, six fields, TZ= prefix
// combined with --time-zone, an unknown zone.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
export default {
  id: 'cronjob/schedule-cli-errors',
  source: 'reference cronjob-and-friends §1.2 (7 rejected for Sunday, exactly 5 fields); validation.go validateTimeZone; CONTRACT §1 exit 2 invalid input',
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
    let p = run('* * * * 7', '-o', 'json');
    h.eq(p.status, 2, '7 exit');
    h.assert(p.stderr.includes('end of range (7) above maximum (6): 7'), `robfig text for 7: ${p.stderr}`);
    p = run('0 0 0 * * *');
    h.eq(p.status, 2, 'six fields exit');
    h.assert(p.stderr.includes('expected exactly 5 fields, found 6: [0 0 0 * * *]'), `robfig text for 6 fields: ${p.stderr}`);
    p = run('0 * * * *', '--time-zone', 'Mars/Base');
    h.eq(p.status, 2, 'unknown zone exit');
    h.assert(p.stderr.includes('unknown time zone Mars/Base'), `zone text: ${p.stderr}`);
    p = run('@HOURLY');
    h.eq(p.status, 2, 'descriptors are case-sensitive');
    h.assert(p.stderr.includes('unrecognized descriptor: @HOURLY'), `descriptor text: ${p.stderr}`);
  },
};
