// README "The command line": every flag it shows is in the commands' --help, and `jobsim help COMMAND`
// prints the same text; --help exits 0 and writes to stdout.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', a, { encoding: 'utf8' });
export default {
  id: 'readme/help-lists-readme-flags',
  source: 'README The command line (npx jobsim --help; run/schedule/check --help; the flags of the examples and of "The text report")',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const want = {
      run: ['--seed', '--duration', '-o, --output', 'text', 'json', 'summary', '--trace', '--check', '--record', '--expect', '--max-events'],
      schedule: ['--time-zone', '--from', '--count', '-o, --output'],
      check: ['--runs', '--seed'],
    };
    for (const [cmd, flags] of Object.entries(want)) {
      const p = run(cmd, '--help');
      h.eq(p.status, 0, cmd + ' --help exit');
      for (const f of flags) h.assert(p.stdout.includes(f), `${cmd} --help mentions ${f}`);
      const q = run('help', cmd);
      h.eq(q.stdout, p.stdout, `jobsim help ${cmd} = ${cmd} --help`);
    }
    const top = run('--help');
    h.eq(top.status, 0, '--help exit');
    for (const c of ['run', 'schedule', 'check']) h.assert(top.stdout.includes('jobsim ' + c), 'top help lists ' + c);
  },
};
