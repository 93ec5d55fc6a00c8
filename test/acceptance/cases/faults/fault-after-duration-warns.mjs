// A fault after the end of the run never happens and is warned about on stderr; one at exactly the end is not
// "after" it (no warning about it) and a fault inside the run whose `for` reaches past the end is fine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fa}
spec:
  duration: 1h
  cluster:
    nodePools:
    - {name: w, count: 3}
  faults:
  - {at: 50m, nodeDown: w-1, for: 2h}
  - {at: 1h, nodeDown: w-2}
  - {at: 2h, nodeDown: w-3}
`;
export default {
  id: 'faults/fault-after-duration-warns',
  source: 'README (input past the end never takes effect: warning); CONTRACT §1 exit 0',
  scenario,
  check(r, h) {
    const ready = (n) => h.get('Node', n).status.conditions.find((c) => c.type === 'Ready').status;
    h.eq([ready('w-1'), ready('w-2'), ready('w-3')], ['Unknown', 'True', 'True'], 'w-1 down (50m), w-2 down at the last instant only, w-3 never');
    const dir = mkdtempSync(join(tmpdir(), 'fa-'));
    const f = join(dir, 'fa.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit 0');
    const lines = p.stderr.split('\n').filter((l) => /spec\.faults\[/.test(l));
    h.eq(lines.length, 1, `one warning: ${p.stderr}`);
    h.assert(lines[0].includes('spec.faults[2]') && /never/.test(lines[0]), `the warning names spec.faults[2]: ${lines[0]}`);
  },
};
