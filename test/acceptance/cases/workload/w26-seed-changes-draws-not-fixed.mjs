// A different seed changes random draws but never a fixed behaviour: with --seed 1 and --seed 2 the
// uniform Job's durations differ, the fixed Job's runs (30s, exit 1 then 0) are the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sd}
spec:
  behaviors:
  - selector: {matchLabels: {app: r}}
    duration: {uniform: [1m, 10m]}
  - selector: {matchLabels: {app: f}}
    duration: 30s
    exitCodes: [1, 0]
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  completions: 5
  parallelism: 5
  template:
    metadata: {labels: {app: r}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  template:
    metadata: {labels: {app: f}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`;
export default {
  id: 'workload/seed-changes-draws-not-fixed',
  source: 'CONTRACT.md §1 --seed; README Time and randomness (one seed derives the whole run; fixed behaviours draw nothing)',
  args: ['--seed', '1'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'wl-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'json', '--seed', '2'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'second run exit');
    const r2 = JSON.parse(out.stdout);
    const runs = (res, n) => res.items.filter((p) => p.kind === 'Pod' && p.metadata.labels.app === n)
      .map((p) => p.status.containerStatuses[0].state.terminated)
      .map((t) => [t.exitCode, (Date.parse(t.startedAt) - Date.parse(res.spec.start)) / 1000, (Date.parse(t.finishedAt) - Date.parse(res.spec.start)) / 1000])
      .sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    h.eq(runs(r, 'f'), [[1, 0, 30], [0, 40, 70]], 'fixed Job, seed 1');
    h.eq(runs(r2, 'f'), runs(r, 'f'), 'fixed Job same with seed 2');
    const d1 = runs(r, 'r').map((x) => x[2]).join(','), d2 = runs(r2, 'r').map((x) => x[2]).join(',');
    h.assert(d1 !== d2, `uniform draws differ between seeds: ${d1} vs ${d2}`);
  },
};
