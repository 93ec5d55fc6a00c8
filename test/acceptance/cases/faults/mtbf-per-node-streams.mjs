// Random failures come from each node's own stream (faults/<node>), forked by name from the seed: adding a Job
// and a second pool does not move the failures of the pool w nodes; another seed does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const base = (seed, extra) => `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ms}
spec:
  seed: ${seed}
  duration: 2d
  cluster:
    nodePools:
    - {name: w, count: 3, mtbf: 8h, mttr: 20m}
${extra ? '    - {name: x, count: 2, mtbf: 4h}\n' : ''}${extra ? `---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
` : ''}`;
export default {
  id: 'faults/mtbf-per-node-streams',
  source: 'README Time and randomness (streams forked by name: faults/worker-2; adding a node or a Job does not change what another draws); README mtbf/mttr',
  scenario: base(5, false),
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'ms-'));
    const times = (doc) => {
      const f = join(dir, `s${Math.random().toString(36).slice(2)}.yaml`);
      writeFileSync(f, doc);
      const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (p.status !== 0) throw new Error(`exit ${p.status}: ${p.stderr}`);
      const res = JSON.parse(p.stdout);
      return res.events.filter((e) => e.involvedObject.kind === 'Node' && e.involvedObject.name.startsWith('w-') && (e.reason === 'NodeNotReady' || e.reason === 'NodeReady')).map((e) => `${e.involvedObject.name} ${e.reason} ${e.firstTimestamp}`);
    };
    const a = r.events.filter((e) => e.involvedObject.kind === 'Node' && (e.reason === 'NodeNotReady' || e.reason === 'NodeReady')).map((e) => `${e.involvedObject.name} ${e.reason} ${e.firstTimestamp}`);
    h.assert(a.length >= 4, `some failures in 2d: ${a.length}`);
    h.eq(times(base(5, true)), a, 'pool w failures unchanged by another pool and a Job');
    h.assert(JSON.stringify(times(base(6, false))) !== JSON.stringify(a), 'another seed, other failures');
  },
};
