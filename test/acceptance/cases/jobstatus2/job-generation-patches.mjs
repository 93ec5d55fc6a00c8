import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// every object change of KIND/NAME in the --trace stream: { s: seconds since start, op, o: object }
function writes(scenario, kind, name, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'jobstatus2-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`--trace run: exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  const start = Date.parse(lines[0].t);
  return lines.filter((l) => l.type === 'object' && l.kind === kind && l.name === name).map((l) => ({ s: (Date.parse(l.t) - start) / 1000, op: l.op, o: l.object }));
}

// generation: 1 at create; status writes never bump it; parallelism 1→2 bumps to 2; the same value again is no change;
// suspend true bumps to 3, suspend false to 4.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  timeline:
  - {at: 5s, patch: {kind: Job, name: g, spec: {parallelism: 2}}}
  - {at: 8s, patch: {kind: Job, name: g, spec: {parallelism: 2}}}
  - {at: 20s, patch: {kind: Job, name: g, spec: {suspend: true}}}
  - {at: 30s, patch: {kind: Job, name: g, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus2/job-generation-patches',
  source: 'pkg/registry/batch/job/strategy.go PrepareForCreate (Generation = 1), PrepareForUpdate (spec change → +1); jobStatusStrategy (status subresource keeps the spec, no bump)',
  scenario,
  check(r, h) {
    const ws = writes(scenario, 'Job', 'g');
    const genAt = (t) => ws.filter((w) => w.s <= t).at(-1).o.metadata.generation;
    h.eq([genAt(4), genAt(6), genAt(9), genAt(21), genAt(31), genAt(119)], [1, 2, 2, 3, 4, 4], 'generation at 4s, 6s, 9s, 21s, 31s, end');
    h.eq(ws.filter((w) => w.s < 5).map((w) => w.o.metadata.generation), ws.filter((w) => w.s < 5).map(() => 1), 'status writes before 5s keep generation 1');
  },
};
