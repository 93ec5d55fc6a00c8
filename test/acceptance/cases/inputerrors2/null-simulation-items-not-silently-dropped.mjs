// The Simulation document is read like an API object: a `null` list item is the zero item, as `{}` is.
// A node pool, fault or timeline entry written `null` must get the same problems as `{}` (name
// Required; `at` Required and "exactly one of ..."), not be dropped without a word ("never a silent
// default"), and a null in a behaviour's selector must not crash.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const sim = (frag) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  ${frag}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const fragments = [
  'cluster: {nodePools: [X, {name: w, count: 1}]}',
  'faults: [X]',
  'timeline: [X]',
  'behaviors: [{selector: {matchExpressions: [X]}}]',
];
export default {
  id: 'inputerrors2/null-simulation-items-not-silently-dropped',
  source: 'encoding/json (null slice element = zero value), as for API objects; README "Scenario format" (faults/timeline: exactly one action, at required); CONTRACT.md §1 (every problem, never a stack trace)',
  scenario: sim(''),
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'nullsim-'));
    const run = (text) => {
      const f = join(dir, 'x.yaml');
      writeFileSync(f, text);
      const p = spawnSync(bin, ['run', f, '-o', 'summary'], { encoding: 'utf8' });
      return { code: p.status, lines: p.stderr.split('\n').filter((l) => l.includes(f)).map((l) => l.replace(f, 'F')) };
    };
    const bad = [];
    for (const frag of fragments) {
      const n = run(sim(frag.replace('X', 'null')));
      const e = run(sim(frag.replace('X', '{}  ')));
      if (e.code !== 2) bad.push(`${frag}: [{}] itself not refused (exit ${e.code})`);
      else if (n.code !== e.code || JSON.stringify(n.lines) !== JSON.stringify(e.lines)) bad.push(`${frag}: [null] exit ${n.code} ${JSON.stringify(n.lines).slice(0, 100)} vs [{}] exit ${e.code} ${JSON.stringify(e.lines).slice(0, 100)}`);
    }
    h.assert(bad.length === 0, `${bad.length} of ${fragments.length} differ: ${bad.join(' || ')}`);
  },
};
