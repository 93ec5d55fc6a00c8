// --time-zone is the CronJob's spec.timeZone and is validated as the API server validates it (validateTimeZone):
// "Local" (any case) is refused, "" is refused, names must load with Go's time.LoadLocation (case-sensitive,
// no trailing "/", no spaces, no bare "GMT+5"); Etc/GMT+5 (UTC-5), EST5EDT and Etc/UTC are real tzdata names.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/cli-time-zone-flag',
  source: 'pkg/apis/batch/validation/validation.go validateTimeZone (explicit-zone and non-empty messages, per-part regex, time.LoadLocation "unknown time zone"); Go tzdata names (Etc/GMT+5 is UTC-5); values from robfig v3.0.1',
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
    const bad = [
      ['Local', 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
      ['LOCAL', 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
      ['', 'timeZone must be nil or non-empty string'],
      ['europe/berlin', 'unknown time zone europe/berlin'],
      ['Europe/Berlin/', 'unknown time zone Europe/Berlin/'],
      ['America/New York', 'unknown time zone America/New York'],
      ['GMT+5', 'unknown time zone GMT+5'],
    ];
    for (const [z, msg] of bad) {
      const p = run('0 0 * * *', '--time-zone', z, '-o', 'json');
      h.eq(p.status, 2, `exit 2 for --time-zone ${JSON.stringify(z)}`);
      h.eq(p.stdout, '', `nothing on stdout for ${JSON.stringify(z)}`);
      h.assert(p.stderr.includes(msg), `${JSON.stringify(z)}: wants ${JSON.stringify(msg)} in ${p.stderr}`);
    }
    h.eq(sched('0 0 * * *', '--time-zone', 'Etc/GMT+5', '--from', '2026-01-01T00:00:00Z', '--count', '1', '-o', 'json'), ['2026-01-01T05:00:00Z'], 'Etc/GMT+5 is UTC-5');
    h.eq(sched('0 0 * * *', '--time-zone', 'EST5EDT', '--from', '2026-07-01T00:00:00Z', '--count', '1', '-o', 'json'), ['2026-07-01T04:00:00Z'], 'EST5EDT in summer');
    h.eq(sched('0 0 * * *', '--time-zone', 'Etc/UTC', '--from', '2026-07-01T00:00:00Z', '--count', '1', '-o', 'json'), ['2026-07-02T00:00:00Z'], 'Etc/UTC');
  },
};
