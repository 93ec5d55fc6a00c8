// The --target comparison must use the true share, not the share rounded to 4 places for display.
// Three Jobs, --within 30s: two of 10s (Complete at 11s, met) and one of 1m (Complete at 61s, missed):
// the share is 2/3 = 0.666666..., below a target of 0.6667 (and of 66.667%). jobsim rounds the share to
// 0.6667 first (src/sim/sweep.ts share(), then meetsTarget: withinShare >= target) and reports the size
// as meeting the target, and names it as the smallest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
function sweep(scenario, args) {
  const dir = mkdtempSync(join(tmpdir(), 'sweep2-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['sweep', f, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr, json: () => JSON.parse(p.stdout) };
}
const job = (n, d) => `---
apiVersion: batch/v1
kind: Job
metadata: {name: ${n}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "${d}"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
`;
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  cluster:
    nodePools:
      - {name: p, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
` + job('a', '10s') + job('b', '10s') + job('c', '1m');
export default {
  id: 'sweep2/target-compared-unrounded',
  source: 'README sweep ("--target names the share of Jobs ... that must meet it"); jobsim sweep --help (--target P: the share of Jobs that must meet --within)',
  scenario,
  check(r, h) {
    for (const target of ['0.6667', '66.667%']) {
      const s = sweep(scenario, ['--pool', 'p=1', '--seeds', '1', '--within', '30s', '--target', target, '-o', 'json']).json();
      h.eq(s.rows[0].runs[0].jobs.withinSlo, 2, 'two within');
      h.eq(s.rows[0].runs[0].jobs.created, 3, 'three Jobs');
      h.eq([s.rows[0].summary.meetsTarget, s.smallest], [false, null], `2/3 = 0.66667 does not meet --target ${target}`);
    }
  },
};
