// Problems are listed file by file in the order the files were given (not alphabetically), and inside a
// file by line then column: z.yaml's problem comes before a.yaml's when z.yaml is named first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (name, extra) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  ${extra}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'inputerrors2/cli-problems-ordered-by-file-argument',
  source: 'CONTRACT.md §1 (every problem found, file, line and column); kubectl visits -f files in argument order',
  scenario: job('x', 'parallelism: 1'),
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'order-'));
    const z = join(dir, 'z.yaml'), a = join(dir, 'a.yaml');
    writeFileSync(z, job('z', 'backoffLimit: -1'));
    writeFileSync(a, job('a', '{parallelism: -1, completions: -1}').replace('  {parallelism: -1, completions: -1}', '  parallelism: -1\n  completions: -2'));
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', z, a], { encoding: 'utf8' });
    h.eq(p.status, 2, 'exit');
    const lines = p.stderr.split('\n').filter((l) => l.startsWith(dir));
    h.eq(lines, [
      `${z}:5:3: Job default/z: spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0`,
      `${a}:5:3: Job default/a: spec.parallelism: Invalid value: -1: must be greater than or equal to 0`,
      `${a}:6:3: Job default/a: spec.completions: Invalid value: -2: must be greater than or equal to 0`,
    ], 'order');
  },
};
