// `--trace ''` names no file: a bad argument like `--record ''` and `--svg ''` (which are refused, exit 2,
// "ENOENT"). Found: `--trace ''` is silently ignored (src/cli/main.ts `v.trace || undefined`): the run
// exits 0 and writes no trace at all.
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
  id: 'robust/trace-empty-path',
  source: 'project bar "never a silent default for a typo"; README --trace FILE; the same CLI refuses --record \'\' and --svg \'\' (exit 2)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'j.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    for (const flag of ['--record', '--svg']) {
      const p = spawnSync(bin, ['run', f, flag, ''], { encoding: 'utf8', timeout: 30_000 });
      h.eq(p.status, 2, `${flag} '' exit`);
    }
    const p = spawnSync(bin, ['run', f, '--trace', ''], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, `--trace '' exit`);
    h.eq(p.stdout, '', 'nothing simulated');
    h.assert(/--trace|trace/.test(p.stderr), p.stderr);
  },
};
