// '-' twice is refused before reading (stdin can be read once); problems in a scenario read from stdin
// are named <stdin> with their line and column.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'inputerrors/stdin-twice-and-stdin-errors',
  source: 'CONTRACT.md §1 (FILE... with - reading stdin; exit 2 with file:line:col)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
`,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    let p = spawnSync(bin, ['run', '-', '-'], { encoding: 'utf8', input: '' });
    h.eq(p.status, 2, 'two stdin');
    h.assert(/standard input/.test(p.stderr), p.stderr);
    p = spawnSync(bin, ['run', '-'], { encoding: 'utf8', input: 'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: s}\nspec:\n  sede: 3\n' });
    h.eq(p.status, 2, 'stdin problem');
    h.assert(/^<stdin>:5:3: Simulation s: spec\.sede: strict decoding error: unknown field "spec\.sede"$/m.test(p.stderr), p.stderr);
  },
};
