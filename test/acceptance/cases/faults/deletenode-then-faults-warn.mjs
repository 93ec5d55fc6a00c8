// Faults naming a node that no longer exists when they fire: w-2 is deleted at 1m, then nodeDown w-2 (5m) and
// deleteNode w-2 (6m) name a missing node. README: "A fault that names an object that does not exist when it
// fires ... is reported as a warning on stderr"; the run still exits 0 and the deleted node is not revived.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dn}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 3}
  faults:
  - {at: 1m, deleteNode: w-2}
  - {at: 5m, nodeDown: w-2, for: 1m}
  - {at: 6m, deleteNode: w-2}
`;
export default {
  id: 'faults/deletenode-then-faults-warn',
  source: 'README faults ("A fault that names an object that does not exist when it fires ... is reported as a warning on stderr")',
  scenario,
  check(r, h) {
    h.eq(h.of('Node').filter((n) => n.metadata.name === 'w-2').length, 1, 'w-2 once in items');
    h.eq(h.sec(h.get('Node', 'w-2').metadata.deletionTimestamp), 60, 'deleted at 1m');
    h.eq(h.events({ kind: 'Node', name: 'w-2' }).map((e) => e.reason), ['RemovingNode'], 'only RemovingNode for w-2');
    const dir = mkdtempSync(join(tmpdir(), 'dn-'));
    const f = join(dir, 'dn.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit 0');
    const warn = p.stderr.split('\n').filter((l) => /warning/i.test(l) && l.includes('w-2'));
    h.eq(warn.length, 2, `two warnings naming w-2 (nodeDown at 5m, deleteNode at 6m); stderr: ${p.stderr}`);
  },
};
