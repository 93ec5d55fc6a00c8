// Contract §1: on exit 2 stderr names the file, line and column, the object, the field path and the
// problem, for every problem of every file (a scenario in two files plus stdin).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'contract/exit-2-every-file-named',
  source: 'CONTRACT.md §1 ("stderr names the file, the line and column where known, the field path, and what is wrong, for every problem found")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: x1}
spec:
  parallelism: -1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(/\.yaml:5:3: Job default\/x1: spec\.parallelism: Invalid value: -1: must be greater than or equal to 0$/m.test(r.stderr), r.stderr);
    const dir = mkdtempSync(join(tmpdir(), 'err-'));
    const a = join(dir, 'jobs.yaml'), b = join(dir, 'cron.yaml');
    writeFileSync(a, `apiVersion: batch/v1\nkind: Job\nmetadata: {name: x1}\nspec:\n  parallelism: -1\n  template:\n    spec:\n      containers: [{name: c, image: busybox}]\n      restartPolicy: Never\n`);
    writeFileSync(b, `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec:\n  schedule: "0 25 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: c, image: busybox}]\n          restartPolicy: Never\n`);
    const stdinDoc = `apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: s}\nspec:\n  sede: 3\n`;
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', a, b, '-'], { encoding: 'utf8', input: stdinDoc });
    h.eq(p.status, 2, 'exit');
    h.eq(p.stdout, '', 'stdout empty');
    const lines = p.stderr.split('\n');
    h.assert(lines.some((l) => l === `${a}:5:3: Job default/x1: spec.parallelism: Invalid value: -1: must be greater than or equal to 0`), `jobs.yaml line: ${p.stderr}`);
    h.assert(lines.some((l) => l.startsWith(`${b}:5:3: CronJob default/nightly: spec.schedule: Invalid value: "0 25 * * *": `) && l.includes('25')), `cron.yaml line: ${p.stderr}`);
    h.assert(lines.some((l) => /^\S*:5:3: Simulation s: spec\.sede: .*unknown field "spec\.sede"/.test(l)), `stdin line: ${p.stderr}`);
  },
};
