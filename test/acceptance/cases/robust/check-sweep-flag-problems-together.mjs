// Several bad flags of one command are all reported: check --runs 0 --seed x (two lines); sweep --target
// 1e2% without --within (two lines, the count says 2); each exit 2 with nothing on stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/check-sweep-flag-problems-together',
  source: 'README "Invalid input is reported all at once, one line per problem"',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'j.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    let p = spawnSync(bin, ['check', f, '--runs', '0', '--seed', 'x'], { encoding: 'utf8' });
    h.eq(p.status, 2, 'check exit');
    h.eq(p.stderr.split('\n').filter((l) => l.startsWith('<flags>: ')), ['<flags>: --runs: invalid value "0": must be an integer from 1 to 1000000', '<flags>: --seed: invalid value "x": must be an integer from 0 to 9007199254740991'], 'check flags');
    p = spawnSync(bin, ['sweep', f, '--seeds', '1', '--target', '1e2%'], { encoding: 'utf8' });
    h.eq(p.status, 2, 'sweep exit');
    h.eq(p.stdout, '', 'sweep stdout');
    h.eq(p.stderr.split('\n').filter((l) => l.startsWith('<flags>: ')), ['<flags>: --target: invalid target "1e2%": a share such as 95% or 0.95', '<flags>: --target: needs --within (the service level the share is of)'], 'sweep flags');
    h.assert(/^2 problem\(s\) found; nothing was simulated\.$/m.test(p.stderr), p.stderr);
  },
};
