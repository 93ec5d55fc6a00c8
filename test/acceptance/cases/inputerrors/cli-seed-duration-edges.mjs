// --seed takes a non-negative integer a double holds exactly (2^53+1 and 1e3 are refused); --duration
// must be positive (0 refused); problems of several flags are listed together.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'inputerrors/cli-seed-duration-edges',
  source: 'CONTRACT.md §1 (--seed N, --duration D; exit 2 with every problem)',
  exit: 2,
  args: ['--seed', '9007199254740993', '--duration', '0', '--max-events', 'many'],
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
    h.eq(r.stdout, '', 'stdout empty');
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('<flags>: '));
    h.eq(lines.length, 3, `three flag problems: ${r.stderr}`);
    h.assert(/--seed: .*"9007199254740993"/.test(lines[0]), lines[0]);
    h.assert(/--duration: .*"0"/.test(lines[1]), lines[1]);
    h.assert(/--max-events: .*"many"/.test(lines[2]), lines[2]);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', join(process.cwd(), 'scenarios', 'pi.yaml'), '--seed', '1e3', '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 2, '--seed 1e3 refused');
  },
};
