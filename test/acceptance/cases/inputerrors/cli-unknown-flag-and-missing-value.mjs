// Unknown flags, a flag without its value, no FILE at all, an unknown command: exit 2, stdout empty,
// a one-line reason (plus usage), never a stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'inputerrors/cli-unknown-flag-and-missing-value',
  source: 'CONTRACT.md §1 (exit 2: the input is invalid and nothing was simulated)',
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
    for (const [args, re] of [
      [['run', f, '--sed', '1'], /--sed/],
      [['run', f, '--seed'], /--seed/],
      [['run', f, '-o'], /-o|--output/],
      [['run'], /FILE/],
      [['frob'], /frob/],
      [['run', f, '--check=yes'], /--check/],
    ]) {
      const p = spawnSync(bin, args, { encoding: 'utf8' });
      h.eq(p.status, 2, `${args.join(' ')}: exit`);
      h.eq(p.stdout, '', `${args.join(' ')}: stdout`);
      h.assert(re.test(p.stderr.split('\n')[0]), `${args.join(' ')}: first line names it: ${p.stderr.split('\n')[0]}`);
      h.assert(!/^\s+at /m.test(p.stderr) && !/jobsim: internal error/.test(p.stderr), `${args.join(' ')}: no stack trace`);
    }
  },
};
