// jobsim sweep pools every seed's Jobs: two Jobs of one pod each (1 CPU, uniform(10s,100s)), sizes p=1,2
// (1-CPU nodes), seeds 1..4, --within 60s --target 75%. Each seed's two durations are read from
// `jobsim run --seed S -o summary` at that size (with 2 Jobs, nearest-rank p50 is the shorter, max the
// longer). Expected per size: JOB P50/P95/MAX = nearest rank over the 8 pooled durations (not a mean of
// per-seed figures); WITHIN = Jobs <= 60s over all 8; WORST SEED = the lowest share of one seed;
// meetsTarget when share >= 0.75; smallest = the fewest nodes meeting it; the text row says the same
// (durations truncated to whole seconds, shares to 1 decimal, '*' below the target).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const bin = () => join(process.cwd(), 'node_modules/.bin/jobsim');
function cli(scenario, args) {
  const dir = mkdtempSync(join(tmpdir(), 'metrics2-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync(bin(), [...args.slice(0, 1), f, ...args.slice(1)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (p.status !== 0) throw new Error(`jobsim ${args.join(' ')}: exit ${p.status}: ${p.stderr.slice(0, 300)}`);
  return p.stdout;
}
const job = (n) => `---
apiVersion: batch/v1
kind: Job
metadata: {name: ${n}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "uniform(10s,100s)"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
const scenario = (count) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s1}
spec:
  cluster:
    nodePools:
      - name: p
        count: ${count}
        capacity: {cpu: "1", memory: 4Gi, pods: 110}
${job('a')}${job('b')}`;
const rank = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const dur = (s) => { let x = Math.floor(s); const hh = Math.floor(x / 3600); x -= hh * 3600; const mm = Math.floor(x / 60); x -= mm * 60; return `${hh ? hh + 'h' : ''}${mm ? mm + 'm' : ''}${x || (!hh && !mm) ? x + 's' : ''}`; };
const pct = (x) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
export default {
  id: 'metrics2/sweep-pooled-seeds-by-hand',
  source: 'README "jobsim sweep: how many nodes?" (share "every seed pooled", "the lowest share of a single seed", "Job durations ... nearest-rank percentiles of every seed\'s Jobs pooled", smallest size meeting the target)',
  scenario: scenario(2),
  timeoutMs: 120_000,
  check(r, h) {
    const s = JSON.parse(cli(scenario(2), ['sweep', '--pool', 'p=1,2', '--seeds', '1..4', '--within', '60s', '--target', '75%', '-o', 'json']));
    const text = cli(scenario(2), ['sweep', '--pool', 'p=1,2', '--seeds', '1..4', '--within', '60s', '--target', '75%']);
    const expectRows = [1, 2].map((count) => {
      const perSeed = [1, 2, 3, 4].map((seed) => {
        const d = JSON.parse(cli(scenario(count), ['run', '--seed', String(seed), '-o', 'summary'])).metrics.jobs.durationSeconds;
        return [d.p50, d.max];
      });
      const all = perSeed.flat().sort((a, b) => a - b);
      const within = all.filter((x) => x <= 60).length;
      const share = within / 8;
      const worst = Math.min(...perSeed.map((ds) => ds.filter((x) => x <= 60).length / 2));
      return { count, all, share, worst, p50: rank(all, 50), p95: rank(all, 95), max: all[7] };
    });
    for (const [i, e] of expectRows.entries()) {
      const sum = s.rows[i].summary;
      h.eq(sum.jobDurationSeconds, { p50: e.p50, p95: e.p95, max: e.max }, `p=${e.count} pooled durations ${JSON.stringify(e.all)}`);
      h.eq([sum.withinSloShare, sum.withinSloWorstSeedShare, sum.meetsTarget], [e.share, e.worst, e.share >= 0.75], `p=${e.count} share, worst seed, meets`);
      const row = text.split('\n').find((l) => l.startsWith(`p=${e.count} `));
      h.assert(row, `text row p=${e.count}`);
      const cells = row.split(/\s{3,}/);
      h.eq(cells.slice(7, 11), [`${pct(e.share)}${e.share >= 0.75 ? '' : ' *'}`, pct(e.worst), dur(e.p50), dur(e.p95)], `p=${e.count} text WITHIN, WORST SEED, JOB P50, JOB P95`);
    }
    const first = expectRows.find((e) => e.share >= 0.75);
    h.assert(first && expectRows[0].share !== expectRows[1].share, `the sizes differ (${expectRows.map((e) => e.share)})`);
    h.eq(s.smallest, { pools: { p: first.count }, nodes: first.count, withinSloShare: first.share }, 'smallest');
  },
};
