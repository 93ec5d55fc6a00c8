// README "The text report": "then the metrics with sparklines of requested CPU and pending pods over time
// (durations there are whole seconds, truncated)". The metrics lines of `-o text` must say what the JSON
// says, for the nightly scenario (durations 7201s, waits 0/3600s) plus a Job of 2.5s (duration 3.5s ->
// "3s"): counts, every duration truncated to whole seconds, pending peak and mean, each pool's
// utilization (percent, 1 decimal), capacity and peak in cores, memory utilization; and each sparkline
// column (48 over [0, end)) is blank exactly where the series is 0 over the whole column, full where the
// pool is at its allocatable.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nightly}
spec:
  duration: 3d
  cluster:
    nodePools:
      - name: w
        count: 2
        capacity: {cpu: "1", memory: 4Gi, pods: 110}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: etl}
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      completions: 4
      parallelism: 4
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: quick}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "2500ms"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
`;
const secs = (s) => {
  if (s === '-') return null;
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(s);
  if (!m || s === '') throw new Error(`not a duration: ${s}`);
  return (+(m[1] ?? 0)) * 86400 + (+(m[2] ?? 0)) * 3600 + (+(m[3] ?? 0)) * 60 + (+(m[4] ?? 0));
};
export default {
  id: 'metrics/text-metrics-match-json',
  source: 'README "The text report" (metrics with sparklines; durations whole seconds, truncated); README metrics table',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-text-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f], { encoding: 'utf8' });
    h.eq(out.status, 0, 'text exit');
    const lines = out.stdout.split('\n');
    const i = lines.indexOf('Metrics:');
    h.assert(i >= 0, 'Metrics section');
    const met = lines.slice(i + 1);
    const m = r.metrics, d = m.jobs.durationSeconds, w = m.pods.schedulingWaitSeconds;
    h.eq(d, { p50: 7201, p95: 7201, p99: 7201, max: 7201 }, 'json durations (3 x 7201 + 3.5: p50 = 2nd of 4)');
    const jl = /^  jobs: (\d+) complete, (\d+) failed; duration p50 (\S+), p95 (\S+), max (\S+)$/.exec(met[0]);
    h.assert(jl, `jobs line: ${met[0]}`);
    h.eq([+jl[1], +jl[2], secs(jl[3]), secs(jl[4]), secs(jl[5])], [m.jobs.complete, m.jobs.failed, Math.trunc(d.p50), Math.trunc(d.p95), Math.trunc(d.max)], 'jobs line values');
    const pl = /^  pods: (\d+) succeeded, (\d+) failed; wait for a node p50 (\S+), p95 (\S+), max (\S+); pending peak (\d+), mean ([\d.]+)$/.exec(met[1]);
    h.assert(pl, `pods line: ${met[1]}`);
    h.eq([+pl[1], +pl[2], secs(pl[3]), secs(pl[4]), secs(pl[5]), +pl[6], +pl[7]], [m.pods.succeeded, m.pods.failed, Math.trunc(w.p50), Math.trunc(w.p95), Math.trunc(w.max), m.pods.pendingPeak, m.pods.pendingMean], 'pods line values');
    const pw = m.pools.w;
    h.eq(met[2], `  pool w: cpu requested ${(pw.cpuUtilization * 100).toFixed(1)}% of ${pw.cpuCapacityMilli / 1000} cores on average (peak ${pw.cpuRequestedPeakMilli / 1000}), memory ${(pw.memoryUtilization * 100).toFixed(1)}%`, 'pool line');
    const end = h.sec(r.spec.end);
    const spark = (line, pts, top) => {
      const s = /\|(.{48})\|/u.exec(line);
      h.assert(s, `sparkline in: ${line}`);
      const cols = [...s[1]];
      const valueAt = (t) => { let v = 0; for (const [pt, pv] of pts) if (pt <= t) v = pv; return v; };
      cols.forEach((c, k) => {
        const from = (k * end) / 48, to = ((k + 1) * end) / 48;
        const inCol = [valueAt(from), ...pts.filter(([t]) => t > from && t < to).map(([, v]) => v)];
        const peak = Math.max(...inCol);
        if (peak === 0) h.eq(c, ' ', `column ${k} blank`);
        if (peak === top) h.eq(c, '█', `column ${k} full`);
        if (peak > 0) h.assert(c !== ' ', `column ${k} not blank`);
      });
    };
    spark(met[3], pw.series.cpuRequestedMilli, pw.cpuCapacityMilli);
    h.assert(/^    cpu requested over time  \|/.test(met[3]), `cpu sparkline line: ${met[3]}`);
    h.assert(/^  pending pods over time     \|.{48}\|  \(peak 2\)$/u.test(met[4]), `pending line: ${met[4]}`);
    spark(met[4], m.pods.pendingSeries.points, m.pods.pendingPeak);
  },
};
