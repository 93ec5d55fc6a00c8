// README "The text report": the kubectl tables at the end of the run, then the objects deleted during
// the run, every Job's pod counts, every Job condition, the event log (+HH:MM:SS since the start), then
// the metrics. Checked: the header line (name, seed, start, end, virtual length, end reason), the order of
// the sections, the event count and rows (one per event of the JSON, same order, same offsets), and the
// metrics lines agreeing with the JSON metrics and counts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: txt}
spec:
  seed: 5
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        ttlSecondsAfterFinished: 5
        backoffLimit: 0
        template:
          metadata: {annotations: {jobsim/duration: "7s", jobsim/exit-codes: "2"}}
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: quick}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "3s"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`;
export default {
  id: 'results/text-sections',
  source: 'README "The text report"; CONTRACT.md §1 (-o text: kubectl-like tables and the event log)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'txt-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = p.stdout.split('\n');
    const endS = h.sec(r.spec.end);
    h.eq(lines[0], `Simulation txt: seed 5, 2026-01-01T00:00:00Z to ${r.spec.end} (${endS}s virtual, ended by quiet)`, 'header');
    h.eq(lines[2], `$ kubectl get cronjobs,jobs,pods -o wide   # at ${r.spec.end}`, 'command line');
    const idx = (re) => lines.findIndex((l) => re.test(l));
    const order = [/^NAME\s+STATUS\s+COMPLETIONS/, /^Deleted during the run \(2\):$/, /^Job pod counts/, /^Job conditions, in the order they were set:$/, /^Events \(\d+\):$/, /^Metrics:$/].map(idx);
    h.assert(order.every((i) => i > 0) && order.every((i, k) => k === 0 || i > order[k - 1]), `sections in order: ${order}`);
    const evHead = order[4];
    h.eq(lines[evHead], `Events (${r.events.length}):`, 'event count');
    const rows = lines.slice(evHead + 2, evHead + 2 + r.events.length).map((l) => l.split(/\s{2,}/));
    const off = (s) => { const m = /^\+(\d{2}):(\d{2}):(\d{2})$/.exec(s); return m ? +m[1] * 3600 + +m[2] * 60 + +m[3] : NaN; };
    rows.forEach((row, i) => {
      const e = r.events[i];
      h.eq([off(row[0]), row[1], row[2], row[3], row[4], row[5]], [h.sec(e.firstTimestamp), e.type, e.reason, `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`, e.source.component, e.message], `event row ${i + 1}`);
    });
    const m = r.metrics;
    const met = lines.slice(order[5] + 1).filter(Boolean);
    h.eq(met[0], `  jobs: ${m.jobs.complete} complete, ${m.jobs.failed} failed (BackoffLimitExceeded: 1); duration p50 4s, p95 8s, max 8s`, 'jobs line');
    h.eq(met[1], `  pods: 1 succeeded, 1 failed; wait for a node p50 0s, p95 0s, max 0s; pending peak 0, mean 0`, 'pods line');
    h.assert(met.some((l) => /^  pool node: cpu requested \d+\.\d% of 12 cores on average \(peak 1\), memory 0\.0%$/.test(l)), `pool line: ${met.join(' | ')}`);
    h.eq(met[met.length - 1], `  objects created: ${Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`, 'counts line');
  },
};
