// CONTRACT §1 --trace FILE: every event and object change as JSON lines. Beyond the existing check
// (events and final states match the result), the lines must read as a causal history: each line is an
// object change (ADDED / MODIFIED / DELETED of one object) or an event; an object's first line is its
// ADDED (stamped with its creationTimestamp) and nothing follows its DELETED (which carries its
// deletionTimestamp); an event comes after the ADDED of the object it is about and is stamped with its
// firstTimestamp; resourceVersions of ADDED/MODIFIED lines strictly increase (one global counter); the
// PriorityClass and the Nodes are ADDED at the start; counts = ADDED lines per kind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tr}
spec:
  duration: 40m
  faults:
  - {at: 12m, nodeDown: node-2, for: 10m}
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 30
      template:
        metadata: {annotations: {jobsim/duration: "2m", jobsim/exit-codes: "1,0"}}
        spec:
          priorityClassName: high
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'results/trace-causal-order',
  source: 'CONTRACT.md §1 (--trace FILE: every event and object change as JSON lines, streamed while it runs), §3 (counts)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'trc-'));
    const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'text', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const seen = new Map(); // uid -> 'live' | 'deleted'
    const added = {};
    let rv = 0;
    let sawNonInit = false;
    lines.forEach((l, i) => {
      const w = `line ${i + 1}`;
      if (l.object !== undefined) {
        const o = l.object;
        h.assert(['ADDED', 'MODIFIED', 'DELETED'].includes(l.op), `${w}: op ${l.op}`);
        h.eq([l.kind, l.name, l.namespace], [o.kind, o.metadata.name, o.metadata.namespace], `${w}: kind/name/namespace`);
        const st = seen.get(o.metadata.uid);
        h.assert(st !== 'deleted', `${w}: ${l.op} ${o.kind} ${o.metadata.name} after its DELETED`);
        if (l.op === 'ADDED') {
          h.assert(st === undefined, `${w}: second ADDED of ${o.metadata.name}`);
          h.eq(l.t, o.metadata.creationTimestamp, `${w}: ADDED stamped with creationTimestamp`);
          added[o.kind] = (added[o.kind] ?? 0) + 1;
          if (o.kind === 'Node' || o.kind === 'PriorityClass') h.assert(!sawNonInit, `${w}: ${o.kind} ADDED after other objects`);
          else sawNonInit = true;
        } else h.assert(st === 'live', `${w}: ${l.op} of ${o.kind} ${o.metadata.name} before its ADDED`);
        if (l.op === 'DELETED') h.assert(typeof o.metadata.deletionTimestamp === 'string', `${w}: DELETED ${o.kind} ${o.metadata.name} without deletionTimestamp`);
        if (l.op !== 'DELETED') {
          const v = Number(o.metadata.resourceVersion);
          h.assert(v > rv, `${w}: resourceVersion ${v} after ${rv}`);
          rv = v;
        }
        seen.set(o.metadata.uid, l.op === 'DELETED' ? 'deleted' : 'live');
      } else {
        h.assert(l.event !== undefined, `${w}: neither object nor event: ${JSON.stringify(l).slice(0, 80)}`);
        h.eq(l.t, l.event.firstTimestamp, `${w}: event stamped with its firstTimestamp`);
        h.assert(seen.has(l.event.involvedObject.uid), `${w}: event ${l.event.reason} about ${l.event.involvedObject.name} before its ADDED`);
      }
    });
    for (const k of ['CronJob', 'Job', 'Pod', 'Node']) h.eq(added[k] ?? 0, r.counts[k], `ADDED ${k} lines = counts.${k}`);
    h.eq(added.PriorityClass, 1, 'the PriorityClass is traced');
    h.assert(lines.some((l) => l.op === 'DELETED' && l.kind === 'Job'), 'TTL deletions traced');
  },
};
