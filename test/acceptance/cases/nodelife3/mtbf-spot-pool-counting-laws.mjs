// Random failures on one pool only (spot: mtbf 90m, mttr 15m; stable: none), a 12-completion Job pinned to spot,
// seeds 1-3. Whatever the draws: only spot nodes ever go NotReady; the Job completes with succeeded 12 and, without a
// podFailurePolicy (podReplacementPolicy TerminatingOrFailed), every pod it created is counted exactly once
// (succeeded + failed = pods created: a pod evicted while Terminating counts failed, even if it is later reported
// Succeeded); every Failed pod was disrupted (DisruptionTarget); active never exceeds parallelism, but a replacement
// does not wait for the evicted pod, so in some seed active + terminating goes above parallelism.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (seed) => `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  seed: ${seed}
  duration: 24h
  cluster:
    nodePools:
    - { name: stable, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
    - { name: spot, count: 3, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { pool: spot }, mtbf: 90m, mttr: 15m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 12
  parallelism: 3
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "40m" } }
    spec:
      nodeSelector: { pool: spot }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
function run(seed) {
  const dir = mkdtempSync(join(tmpdir(), 'nl3-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario(seed));
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json', '--trace', t], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.status !== 0) throw new Error(`seed ${seed}: exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  const jobs = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l)).filter((e) => e.type === 'object' && e.kind === 'Job').map((e) => e.object.status ?? {});
  return { r: JSON.parse(p.stdout), jobs };
}
export default {
  id: 'nodelife3/mtbf-spot-pool-counting-laws',
  source: 'README Scenario format (per-pool mtbf/mttr random failures); pkg/controller/job/job_controller.go isPodFailed (TerminatingOrFailed: deletionTimestamp counts), trackJobStatusAndRemoveFinalizers (each pod counted once, finalizer removed), manageJob (wantActive - active, terminating not subtracted without onlyReplaceFailedPods); taint_eviction.go addConditionAndDeletePod',
  scenario: scenario(1),
  timeoutMs: 120000,
  check(r, h) {
    let outages = 0, over = 0;
    for (const seed of [1, 2, 3]) {
      const { r: res, jobs } = run(seed);
      const nn = res.events.filter((e) => e.reason === 'NodeNotReady' && e.involvedObject.kind === 'Node');
      outages += nn.length;
      h.assert(nn.every((e) => e.involvedObject.name.startsWith('spot-')), `seed ${seed}: only spot nodes fail`);
      const j = res.items.find((o) => o.kind === 'Job');
      const pods = res.items.filter((o) => o.kind === 'Pod');
      h.assert((j.status.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True'), `seed ${seed}: Job complete`);
      h.eq(j.status.succeeded, 12, `seed ${seed}: succeeded`);
      h.eq(j.status.succeeded + (j.status.failed ?? 0), pods.length, `seed ${seed}: succeeded + failed = pods created`);
      h.eq(res.events.filter((e) => e.reason === 'SuccessfulCreate').length, pods.length, `seed ${seed}: SuccessfulCreate per pod`);
      for (const p of pods.filter((p) => p.status.phase === 'Failed')) h.assert((p.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget' && c.status === 'True'), `seed ${seed}: ${p.metadata.name} Failed without DisruptionTarget`);
      h.assert(jobs.every((s) => (s.active ?? 0) <= 3), `seed ${seed}: active <= parallelism`);
      if (jobs.some((s) => (s.active ?? 0) + (s.terminating ?? 0) > 3)) over++;
    }
    h.assert(outages >= 10, `some outages over the three seeds (${outages})`);
    h.assert(over >= 1, 'in some seed a replacement ran beside a terminating pod (active + terminating > parallelism)');
  },
};
