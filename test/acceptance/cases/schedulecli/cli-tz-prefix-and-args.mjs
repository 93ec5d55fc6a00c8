// The schedule command previews what a CronJob would run, and the API server refuses "TZ" anywhere in a new
// CronJob's schedule (TZ=, CRON_TZ=, even after the fields), with validation's own text; a lowercase "tz=" is
// not a prefix for robfig (a sixth field). Bad flags: an unknown flag, a flag without its value, two
// expressions: exit 2, nothing on stdout.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
export default {
  id: 'schedulecli/cli-tz-prefix-and-args',
  source: 'pkg/apis/batch/validation/validation.go validateScheduleFormat (strings.Contains(schedule, "TZ") -> "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"); robfig v3.0.1 Parse (case-sensitive TZ=/CRON_TZ= prefix); CONTRACT §1 exit 2',
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
    for (const e of ['CRON_TZ=Europe/Berlin 0 0 * * *', 'TZ=UTC @daily', '0 0 * * * TZ']) {
      const p = run(e, '-o', 'json');
      h.eq(p.status, 2, `exit 2 for ${e}`);
      h.eq(p.stdout, '', `no stdout for ${e}`);
      h.assert(p.stderr.includes('cannot use TZ or CRON_TZ in schedule, use timeZone field instead'), `TZ text for ${e}: ${p.stderr}`);
    }
    let p = run('tz=UTC 0 0 * * *');
    h.eq(p.status, 2, 'lowercase tz= exit');
    h.assert(p.stderr.includes('expected exactly 5 fields, found 6: [tz=UTC 0 0 * * *]'), `lowercase tz= is a sixth field: ${p.stderr}`);
    for (const args of [['0 0 * * *', '--zone', 'UTC'], ['0 0 * * *', '--from'], ['0 0 * * *', '0 1 * * *'], ['0 0 * * *', '--count', '-1'], ['0 0 * * *', '--from', '2026-02-30']]) {
      p = run(...args);
      h.eq(p.status, 2, `exit 2 for ${JSON.stringify(args)}`);
      h.eq(p.stdout, '', `no stdout for ${JSON.stringify(args)}`);
      h.assert(p.stderr.trim().length > 0, `a message for ${JSON.stringify(args)}`);
    }
  },
};
