// README command line: --record FILE writes the run's golden trace; --expect FILE compares with it (exit
// 0 when equal; exit 1 and the first divergence when not); --check checks the invariants (exit 0 on a
// healthy run). The report on stdout is the same with these flags.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gold}
spec:
  seed: 42
---
apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  completions: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'contract/golden-record-expect',
  source: 'README command line (--record, --expect: prints the first divergence, exit 1; --check), Exit status (1: a golden mismatch)',
  scenario,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    const f = join(dir, 's.yaml'), g = join(dir, 's.golden');
    writeFileSync(f, scenario);
    let p = spawnSync(bin, ['run', f, '-o', 'json', '--record', g, '--check'], { encoding: 'utf8' });
    h.eq(p.status, 0, `record exit: ${p.stderr}`);
    h.eq(JSON.parse(p.stdout), r, 'same report with --record --check');
    h.assert(existsSync(g), 'golden written');
    p = spawnSync(bin, ['run', f, '-o', 'summary', '--expect', g], { encoding: 'utf8' });
    h.eq(p.status, 0, `expect (same run) exit: ${p.stderr}`);
    p = spawnSync(bin, ['run', f, '-o', 'summary', '--expect', g, '--seed', '3'], { encoding: 'utf8' });
    h.eq(p.status, 1, 'expect with another seed: exit 1');
    h.assert(/diverg/i.test(p.stderr), `prints the first divergence: ${p.stderr.slice(0, 200)}`);
  },
};
