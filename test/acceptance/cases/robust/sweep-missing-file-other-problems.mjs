// `jobsim sweep` with a missing file and a file with a problem: both are reported at once, as `jobsim
// run` does. Found: sweep stops at the unreadable file (src/cli/sweep.ts: `if (read.issues.length > 0)
// return` before loadScenario).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  backoffLimit: -1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/sweep-missing-file-other-problems',
  source: 'README "Invalid input is reported all at once"; inputerrors/cli-files-missing-directory-order (run does it)',
  exit: 2,
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'j.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const p = spawnSync(bin, ['sweep', join(dir, 'missing.yaml'), f, '--seeds', '1'], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, 'exit');
    h.assert(/missing\.yaml: no such file/.test(p.stderr), `missing file: ${p.stderr}`);
    h.assert(/j\.yaml:5:3: Job default\/a: spec\.backoffLimit: Invalid value: -1/.test(p.stderr), `the other file's problem too: ${p.stderr}`);
    h.assert(/^2 problem\(s\) found/m.test(p.stderr), `count: ${p.stderr}`);
  },
};
