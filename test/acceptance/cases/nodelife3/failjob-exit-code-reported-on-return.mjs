// podFailurePolicy [FailJob on exit code 42, Ignore on DisruptionTarget]. Index 0 exits 42 at 30s while its kubelet
// (a-1) is silent 20s-140s (NotReady on the way, but back before any eviction): no DisruptionTarget, and the failure is
// only known at 140s. The sync at 141s matches the FailJob rule: FailureTarget PodFailurePolicy with the upstream
// message naming container, pod, exit code and rule index; the other index's running pod is deleted and counted failed
// (failed 2, terminating 1); Failed (and its Warning event) at 142s once that pod has stopped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
// runs the scenario again with --trace; returns the Job status snapshots [second, active, ready, succeeded, failed, terminating, conditions]
function jobTrace(scenario, name, start = Date.parse('2026-01-01T00:00:00Z')) {
  const dir = mkdtempSync(join(tmpdir(), 'nl3-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`trace run: exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  const out = [];
  for (const l of readFileSync(t, 'utf8').trimEnd().split('\n')) {
    const e = JSON.parse(l);
    if (e.type !== 'object' || e.kind !== 'Job' || e.name !== name || !e.object.status) continue;
    const s = e.object.status;
    const row = [(Date.parse(e.t) - start) / 1000, s.active ?? 0, s.ready ?? 0, s.succeeded ?? 0, s.failed ?? 0, s.terminating ?? 0, (s.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type).join(',')];
    const prev = out[out.length - 1];
    if (!prev || JSON.stringify(prev.slice(1)) !== JSON.stringify(row.slice(1))) out.push(row);
  }
  return out;
}
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { app: j } }
    duration: 1h
    perIndex:
      "0": { duration: 30s, exitCodes: [42] }
  faults:
  - { at: 20s, nodeDown: a-1, for: 2m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { operator: In, values: [42] }
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { labels: { app: j } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: { matchLabels: { app: j } }
            topologyKey: kubernetes.io/hostname
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/failjob-exit-code-reported-on-return',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy/getMatchingContainerFromList ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"); job_controller.go getFailJobMessage (FailureTarget PodFailurePolicy), deleteActivePods, enactJobFinished; kubelet status reported on return',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'no replacement');
    const p0 = pods.find((p) => p.metadata.name.startsWith('j-0-'));
    const p1 = pods.find((p) => p.metadata.name.startsWith('j-1-'));
    h.eq([p0.spec.nodeName, p1.spec.nodeName], ['a-1', 'b-1'], 'placement');
    const t0 = p0.status.containerStatuses[0].state.terminated;
    h.eq([p0.status.phase, t0.exitCode, h.sec(t0.finishedAt)], ['Failed', 42, 30], 'index 0 as reported on return');
    h.noCond(p0, 'DisruptionTarget');
    const msg = `Container c for pod default/${p0.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), f.message, h.sec(f.lastTransitionTime)], [msg, 141, msg, 142], 'conditions');
    h.eq(h.events({ kind: 'Job', reason: 'PodFailurePolicy' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', msg, 142]], 'event');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Deleted pod: ${p1.metadata.name}`, 141]], 'the other index deleted');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] >= 141).map((x) => x.slice(0, 7)), [
      [141, 0, 0, 0, 2, 1, 'FailureTarget'],
      [142, 0, 0, 0, 2, 0, 'FailureTarget,Failed'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
