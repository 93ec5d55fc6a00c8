// `jobsim schedule` with three bad inputs reports all three, as the project's bar says ("every problem
// at once", exit 2). Found: only the first (the time zone) is reported; src/cli/schedule.ts returns bad()
// at the first problem.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'robust/schedule-every-problem-at-once',
  source: 'README "Invalid input is reported all at once, one line per problem"; CONTRACT.md §1 exit 2 "for every problem found"',
  scenario: 'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: s}\n',
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const p = spawnSync(bin, ['schedule', '0 25 * * *', '--count', '0', '--time-zone', 'Mars/Base'], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, 'exit');
    h.eq(p.stdout, '', 'stdout');
    h.assert(/Mars\/Base/.test(p.stderr), `time zone: ${p.stderr}`);
    h.assert(/--count/.test(p.stderr), `count: ${p.stderr}`);
    h.assert(/above maximum \(23\)|hour 25/.test(p.stderr), `schedule: ${p.stderr}`);
  },
};
