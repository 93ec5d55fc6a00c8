// "At most one Simulation": a second one in another file is reported at its own file and line, naming
// where the first is; the result of no Simulation is simulated.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'inputerrors/two-simulations-two-files',
  source: 'CONTRACT.md §2 ("At most one document of kind Simulation"); §1 (file:line:col)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: a}
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: b}
`,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'sims-'));
    const a = join(dir, 'a.yaml'), b = join(dir, 'b.yaml');
    writeFileSync(a, 'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: a}\n');
    writeFileSync(b, '# second\napiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: b}\nspec: {seed: 2}\n');
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', a, b], { encoding: 'utf8' });
    h.eq(p.status, 2, 'exit');
    h.eq(p.stdout, '', 'stdout');
    const lines = p.stderr.split('\n').filter((l) => /:\d+:\d+: /.test(l));
    h.eq(lines, [`${b}:2:1: Simulation b: only one Simulation document is allowed; the first is at ${a}:1`], 'one problem, at the second');
  },
};
