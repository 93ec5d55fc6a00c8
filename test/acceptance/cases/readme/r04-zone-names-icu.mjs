// README known differences: time zones come from ICU; a few names Go rejects are accepted (Etc/Utc),
// a few Go's tzdata has are rejected (Factory, posixrules) -- with the API server's message
// "unknown time zone NAME" (validateTimeZone: time.LoadLocation error) and exit 2, nothing simulated.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const cron = (tz) => `apiVersion: batch/v1
kind: CronJob
metadata: {name: z}
spec:
  schedule: "0 * * * *"
  timeZone: ${tz}
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'readme/zone-names-icu',
  source: 'README Known differences (Etc/Utc accepted, Factory and posixrules rejected); pkg/apis/batch/validation validateTimeZone (field.Invalid(..., "unknown time zone X"))',
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
    const dir = mkdtempSync(join(tmpdir(), 'tz-'));
    const bin = 'node_modules/.bin/jobsim';
    for (const z of ['Factory', 'posixrules']) {
      const f = join(dir, z + '.yaml'); writeFileSync(f, cron(z));
      const p = spawnSync(bin, ['run', f, '-o', 'json'], { encoding: 'utf8' });
      h.eq(p.status, 2, z + ' exit');
      h.assert(p.stderr.includes('CronJob default/z: spec.timeZone: Invalid value: "' + z + '": unknown time zone ' + z), z + ': ' + p.stderr);
    }
    const f = join(dir, 'utc.yaml'); writeFileSync(f, cron('Etc/Utc'));
    const p = spawnSync(bin, ['run', f, '-o', 'json', '--duration', '2h1s'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'Etc/Utc accepted: ' + p.stderr);
    const jobs = JSON.parse(p.stdout).items.filter((o) => o.kind === 'Job').map((o) => o.metadata.name);
    h.eq(jobs, ['z-29453820', 'z-29453880'], 'Etc/Utc runs as UTC');
  },
};
