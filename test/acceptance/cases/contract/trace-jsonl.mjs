// Contract §1: --trace FILE writes every event and object change as JSON lines. Every event of the
// result is in the trace in the same order; every object's last change in the trace is its final state
// in items; objects created = ADDED lines per kind = counts; the report on stdout is unchanged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
// key order is not part of the contract
const canon = (x) => JSON.stringify(x, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]])) : v));
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tr}
spec:
  timeline:
  - at: 1h
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 2h}}
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
  - {at: "2026-01-01T01:30:00Z", patch: {kind: Job, name: late, spec: {suspend: true}}}
  - {at: 2h, delete: {kind: Job, name: late}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: early}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'contract/trace-jsonl',
  source: 'CONTRACT.md §1 (--trace FILE: every event and object change as JSON lines)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    const f = join(dir, 's.yaml');
    const t = join(dir, 'run.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    h.eq(JSON.parse(p.stdout), r, 'the report is the same with --trace');
    const text = readFileSync(t, 'utf8');
    h.assert(text.endsWith('\n'), 'trace ends with a newline');
    const lines = text.trimEnd().split('\n').map((l, i) => { try { return JSON.parse(l); } catch { throw new Error(`trace line ${i + 1} is not JSON: ${l.slice(0, 80)}`); } });
    const evs = lines.filter((l) => l.event !== undefined).map((l) => l.event);
    h.eq(evs, r.events, 'events in the trace = events of the result, in order');
    const last = new Map();
    const added = {};
    for (const l of lines) {
      if (l.object === undefined) continue;
      last.set(l.object.metadata.uid, l.object);
      if (l.op === 'ADDED') added[l.object.kind] = (added[l.object.kind] ?? 0) + 1;
    }
    for (const o of r.items) h.assert(canon(last.get(o.metadata.uid)) === canon(o), `last traced state of ${o.kind} ${o.metadata.name} differs from its item`);
    for (const k of ['Job', 'Pod', 'Node']) h.eq(added[k] ?? 0, r.counts[k], `ADDED ${k} lines`);
    const ops = new Set(lines.filter((l) => l.object).map((l) => l.op));
    h.eq([...ops].sort(), ['ADDED', 'DELETED', 'MODIFIED'], 'object change kinds');
    // lines are in time order
    // the same trace whatever the output format (summary keeps no history)
    const t2 = join(dir, 'run2.jsonl');
    const p2 = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t2], { encoding: 'utf8' });
    h.eq(p2.status, 0, 'summary exit');
    h.assert(readFileSync(t2, 'utf8') === text, 'the trace with -o summary is the same');
    const times = lines.map((l) => Date.parse(l.t ?? l.time ?? l.event?.firstTimestamp));
    h.assert(times.every((x, i) => Number.isFinite(x) && (i === 0 || x >= times[i - 1])), 'trace lines carry a time, non-decreasing');
  },
};
