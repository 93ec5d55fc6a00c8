// `jobsim run` with a missing file, a directory and a file with a problem: exit 2, nothing simulated,
// every problem listed, flags' problems first; unreadable files in argument order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = `apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  backoffLimit: -1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'inputerrors/cli-files-missing-directory-order',
  source: 'CONTRACT.md §1 (jobsim run FILE...; exit 2 with every problem, file named)',
  exit: 2,
  scenario: job,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'files-'));
    const bad = join(dir, 'bad.yaml'), missing = join(dir, 'missing.yaml'), sub = join(dir, 'sub');
    writeFileSync(bad, job);
    mkdirSync(sub);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', bad, missing, sub, '--seed', 'x'], { encoding: 'utf8' });
    h.eq(p.status, 2, 'exit');
    h.eq(p.stdout, '', 'stdout empty');
    const lines = p.stderr.split('\n').filter((l) => l && !/problem\(s\) found/.test(l));
    h.eq(lines.length, 4, `four problems: ${p.stderr}`);
    h.assert(/--seed/.test(lines[0]) && /"x"/.test(lines[0]), `flag first: ${lines[0]}`);
    const rest = lines.slice(1);
    h.assert(rest.includes(`${bad}:5:3: Job default/x: spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0`), `bad.yaml: ${rest}`);
    const mi = rest.findIndex((l) => l.startsWith(`${missing}: `) && /no such file/.test(l));
    const di = rest.findIndex((l) => l.startsWith(`${sub}: `) && /directory/.test(l));
    h.assert(mi >= 0 && di > mi, `missing then directory, in argument order: ${rest}`);
    h.assert(/^4 problem\(s\) found; nothing was simulated\.$/m.test(p.stderr), 'summary line');
  },
};
