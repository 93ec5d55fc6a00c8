// Random failures on the spot pool (mtbf 90m, mttr 15m), seeds 1-5, and podFailurePolicy FailJob on DisruptionTarget
// (so podReplacementPolicy Failed). An evicted pod stuck Terminating is not failed yet; the rule can only match once
// the pod is Failed, i.e. when its node is back and the kubelet has stopped it. Whatever the draws: if the Job failed,
// its FailureTarget (reason PodFailurePolicy, "Pod default/<pod> has condition DisruptionTarget matching FailJob rule at
// index 0") comes 1s after the first such pod stopped, names that pod, and Failed follows with the same reason; if it
// completed, no pod of it ended Failed with DisruptionTarget before its completion (evicted pods whose work had
// already ended during the outage are Succeeded, which no rule matches). Both outcomes occur over the five seeds.
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
    - action: FailJob
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
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario(seed));
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.status !== 0) throw new Error(`seed ${seed}: exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  return JSON.parse(p.stdout);
}
export default {
  id: 'nodelife3/mtbf-failjob-on-disruption-laws',
  source: 'pkg/controller/job/job_controller.go getFailJobMessage (only pods isPodFailed: phase Failed under podReplacementPolicy Failed), updatePod batching (1s); pod_failure_policy.go matchOnPodConditions ("Pod %s/%s has condition %v matching %v rule at index %d"); taint_eviction.go addConditionAndDeletePod; README mtbf/mttr',
  scenario: scenario(1),
  timeoutMs: 120000,
  check(r, h) {
    const outcomes = new Set();
    for (const seed of [1, 2, 3, 4, 5]) {
      const res = seed === 1 ? r : run(seed);
      const ms = (t) => Date.parse(t);
      const j = res.items.find((o) => o.kind === 'Job');
      const cond = (t) => (j.status.conditions ?? []).find((c) => c.type === t && c.status === 'True');
      const disrupted = res.items.filter((o) => o.kind === 'Pod' && o.status.phase === 'Failed' && (o.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget' && c.status === 'True'))
        .map((p) => ({ name: p.metadata.name, end: ms(p.status.containerStatuses[0].state.terminated.finishedAt) }))
        .sort((a, b) => a.end - b.end || a.name.localeCompare(b.name));
      if (cond('Failed')) {
        outcomes.add('failed');
        const ft = cond('FailureTarget');
        h.assert(ft && disrupted.length > 0, `seed ${seed}: FailureTarget and a disrupted Failed pod`);
        const first = disrupted[0];
        h.eq([ft.reason, ft.message, (ms(ft.lastTransitionTime) - first.end) / 1000], ['PodFailurePolicy', `Pod default/${first.name} has condition DisruptionTarget matching FailJob rule at index 0`, 1], `seed ${seed}: FailureTarget 1s after the first disrupted pod stopped`);
        h.eq([cond('Failed').reason, cond('Failed').message], [ft.reason, ft.message], `seed ${seed}: Failed like FailureTarget`);
        h.assert(ms(cond('Failed').lastTransitionTime) >= ms(ft.lastTransitionTime), `seed ${seed}: Failed not before FailureTarget`);
      } else {
        outcomes.add('complete');
        const c = cond('Complete');
        h.assert(c, `seed ${seed}: Job either Failed or Complete`);
        h.assert(disrupted.every((d) => d.end >= ms(c.lastTransitionTime)), `seed ${seed}: no disrupted pod Failed before completion`);
        h.eq(j.status.succeeded, 12, `seed ${seed}: succeeded`);
      }
    }
    h.eq([...outcomes].sort(), ['complete', 'failed'], 'both outcomes over the seeds');
  },
};
