// --record to a path that cannot be written is a bad argument like --trace to such a path (exit 2,
// named), not "jobsim: internal error: ENOENT ..." (exit 1) after the whole run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'inputerrors/cli-record-unwritable',
  source: 'CONTRACT.md §1 (exit 2 invalid input, 1 internal error); jobsim src/cli/main.ts (--trace path checked before the run, exit 2)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const f = join(process.cwd(), 'scenarios', 'pi.yaml');
    const t = spawnSync(bin, ['run', f, '--trace', '/nonexistent-dir/x.jsonl', '-o', 'summary'], { encoding: 'utf8' });
    h.eq(t.status, 2, `--trace unwritable (${t.stderr.trim()})`);
    const p = spawnSync(bin, ['run', f, '--record', '/nonexistent-dir/x.golden', '-o', 'summary'], { encoding: 'utf8' });
    h.assert(!/internal error/.test(p.stderr), `not an internal error: ${p.stderr.trim()}`);
    h.eq(p.status, 2, '--record unwritable: exit');
    h.assert(/\/nonexistent-dir\/x\.golden/.test(p.stderr), 'names the path');
  },
};
