// Two files given to one `jobsim run` make one scenario: a Job whose namespace/name is already taken in
// the first file is refused in the second, at the second file's own line and column, in the API server's
// words (jobs.batch "j" already exists); a CronJob and a Job may share a name, and a Job of the same name
// in another namespace is another object.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (ns = '') => `apiVersion: batch/v1
kind: Job
metadata: {name: j${ns}}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'inputerrors2/cli-duplicate-across-files-named',
  source: 'apiserver storage AlreadyExists (NewAlreadyExists: "%s %q already exists", qualified resource jobs.batch); CONTRACT.md §1 (stderr names the file, line and column)',
  scenario: job(),
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'dup-'));
    const a = join(dir, 'a.yaml'), b = join(dir, 'b.yaml');
    writeFileSync(a, job());
    writeFileSync(b, `apiVersion: batch/v1
kind: CronJob
metadata: {name: j}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
${job(', namespace: other')}---
${job()}`);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', a, b], { encoding: 'utf8' });
    h.eq(p.status, 2, 'exit');
    h.eq(p.stdout, '', 'stdout');
    h.eq(p.stderr, `${b}:24:12: Job default/j: metadata.name: jobs.batch "j" already exists\n1 problem(s) found; nothing was simulated.\n`, 'stderr');
  },
};
