// Frequent but short random failures (mtbf 20m, mttr 20s per node), seeds 1-3, under a Job with backoffLimit 0. An
// outage must outlast the 50s grace period to be noticed at all (NotReady, pods' Ready=False, NoExecute taint) and the
// taint plus the default 300s toleration to evict anything; with 20s mean repairs nothing is ever evicted: every
// TaintManagerEviction is a "Cancelling deletion" when the node is back, each node's NodeNotReady is followed by its
// NodeReady (kubelet) in less than 300s, and the Job completes with 30 pods for 30 completions and failed 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (seed) => `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  seed: ${seed}
  duration: 12h
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, mtbf: 20m, mttr: 20s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 30
  parallelism: 3
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "20m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
function run(seed) {
  const dir = mkdtempSync(join(tmpdir(), 'nl3-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario(seed));
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.status !== 0) throw new Error(`seed ${seed}: exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  return JSON.parse(p.stdout);
}
export default {
  id: 'nodelife3/mtbf-short-repairs-never-evict',
  source: 'README Scenario format (mtbf/mttr per pool); node_lifecycle_controller.go monitorNodeHealth (nodeMonitorGracePeriod 50s), processTaintBaseEviction/markNodeAsReachable; taint_eviction.go processPodOnNode (300s DefaultTolerationSeconds; taint removed: cancelWorkWithEvent "Cancelling deletion of Pod"); kubelet NodeReady event',
  scenario: scenario(1),
  timeoutMs: 120000,
  check(r, h) {
    let notReady = 0;
    for (const seed of [1, 2, 3]) {
      const res = seed === 1 ? r : run(seed);
      const sec = (t) => (Date.parse(t) - Date.parse(res.spec.start)) / 1000;
      const tm = res.events.filter((e) => e.reason === 'TaintManagerEviction');
      h.assert(tm.every((e) => e.message.startsWith('Cancelling deletion of Pod default/')), `seed ${seed}: no eviction, only cancellations`);
      for (const n of ['w-1', 'w-2', 'w-3']) {
        const seq = res.events.filter((e) => e.involvedObject.kind === 'Node' && e.involvedObject.name === n && (e.reason === 'NodeNotReady' || e.reason === 'NodeReady'));
        notReady += seq.filter((e) => e.reason === 'NodeNotReady').length;
        for (let i = 0; i < seq.length; i += 2) {
          h.eq([seq[i].reason, seq[i].source.component], ['NodeNotReady', 'node-controller'], `seed ${seed} ${n}: NotReady first`);
          h.assert(seq[i + 1] && seq[i + 1].reason === 'NodeReady' && seq[i + 1].source.component === 'kubelet', `seed ${seed} ${n}: NodeReady follows`);
          h.assert(sec(seq[i + 1].firstTimestamp) - sec(seq[i].firstTimestamp) < 300, `seed ${seed} ${n}: back within 300s of NotReady`);
        }
      }
      const j = res.items.find((o) => o.kind === 'Job');
      h.assert((j.status.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True'), `seed ${seed}: Job complete`);
      h.eq([j.status.succeeded, j.status.failed ?? 0, res.items.filter((o) => o.kind === 'Pod').length], [30, 0, 30], `seed ${seed}: [succeeded, failed, pods]`);
      h.eq(res.items.filter((o) => o.kind === 'Pod' && (o.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget')).length, 0, `seed ${seed}: no DisruptionTarget`);
    }
    h.assert(notReady >= 3, `some outages were long enough to be noticed (${notReady})`);
  },
};
