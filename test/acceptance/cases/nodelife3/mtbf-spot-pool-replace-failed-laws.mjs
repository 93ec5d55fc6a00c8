// Same spot pool (mtbf 90m, mttr 15m), seeds 1-3, with podFailurePolicy Ignore on DisruptionTarget (so
// podReplacementPolicy Failed). Whatever the draws: only spot nodes go NotReady; the Job completes with succeeded 12
// and failed 0 (every disruption ignored); an evicted pod is replaced only once it is really Failed, so at every Job
// status write active + terminating <= parallelism; and every pod that ended Failed carries DisruptionTarget.
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
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
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
  id: 'nodelife3/mtbf-spot-pool-replace-failed-laws',
  source: 'README Scenario format (per-pool mtbf/mttr random failures); pkg/apis/batch/v1/defaults.go (podReplacementPolicy Failed with a podFailurePolicy); pkg/controller/job/job_controller.go isPodFailed/onlyReplaceFailedPods, manageJob (diff = wantActive - terminating - active), nonIgnoredFailedPodsCount; pod_failure_policy.go (Ignore)',
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
      h.eq(j.status.failed ?? 0, 0, `seed ${seed}: nothing counted failed`);
      for (const p of pods.filter((p) => p.status.phase === 'Failed')) h.assert((p.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget' && c.status === 'True'), `seed ${seed}: ${p.metadata.name} Failed without DisruptionTarget`);
      const bad = jobs.find((s) => (s.active ?? 0) + (s.terminating ?? 0) > 3);
      h.assert(!bad, `seed ${seed}: active + terminating > parallelism: ${JSON.stringify(bad)}`);
      if (pods.length > 12) over++;
    }
    h.assert(outages >= 10, `some outages over the three seeds (${outages})`);
    h.assert(over >= 1, 'some seed needed replacements');
  },
};
