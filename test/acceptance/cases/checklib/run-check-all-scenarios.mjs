// `jobsim run --check` checks the simulator's invariants after every instant and exits 1 on a
// violation. Every example in scenarios/ (README: runnable, each with its golden trace) is a healthy
// run: --check exits 0 with nothing on stderr about invariants, and the report is the same as
// without --check.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'checklib/run-check-all-scenarios',
  source: 'README command line (--check: the simulator\'s invariants after every instant) and Invariants; Exit status (1: a broken invariant)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  timeoutMs: 300_000,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = join(process.cwd(), 'scenarios');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.includes('counterexample'));
    h.assert(files.length >= 20, `scenarios: ${files.length}`);
    for (const f of files) {
      const a = spawnSync(bin, ['run', join(dir, f), '-o', 'summary', '--check'], { encoding: 'utf8' });
      h.eq(a.status, 0, `${f}: ${a.stderr.split('\n')[0]}`);
      h.assert(!/invariant/.test(a.stderr), `${f}: ${a.stderr}`);
      const b = spawnSync(bin, ['run', join(dir, f), '-o', 'summary'], { encoding: 'utf8' });
      h.eq(a.stdout, b.stdout, `${f}: same report`);
    }
  },
};
