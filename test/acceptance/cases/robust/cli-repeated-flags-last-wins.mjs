// A repeated single-valued flag takes its last value, as pflag (kubectl) does: `-o text -o json` prints JSON,
// `--seed 3 --seed 7` runs seed 7, `schedule --count 1 --count 2` lists two.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'robust/cli-repeated-flags-last-wins',
  source: 'spf13/pflag (stringValue.Set overwrites); README "The command line"',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  args: ['-o', 'text', '-o', 'json', '--seed', '3', '--seed', '7'],
  check(r, h) {
    h.eq(r.kind, 'SimulationResult', 'json output');
    h.eq(r.spec.seed, 7, 'seed');
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['schedule', '0 0 * * *', '--count', '1', '--count', '2', '-o', 'json'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'schedule exit');
    h.eq(JSON.parse(p.stdout), ['2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z'], 'schedule runs');
  },
};
