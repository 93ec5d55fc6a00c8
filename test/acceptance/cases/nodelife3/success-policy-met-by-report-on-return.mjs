// Indexed, successPolicy succeededIndexes "0". Index 0 runs on a-1, whose kubelet is silent 20s-3m; its container
// exits 0 at 60s but nobody knows until the kubelet is back (180s): Succeeded, finishedAt 60s. The sync at 181s meets
// the success policy: SuccessCriteriaMet (SuccessPolicy, "Matched rules at index 0"), completedIndexes "0", and index
// 1's pod (b-1) is deleted without being counted failed (a success, not a failure); it stops at once, and Complete
// (same reason and message), completionTime and the Completed event follow at 182s. Meanwhile a-1 went NotReady, so
// index 0's pod had its Ready=False (Job ready 1 from NotReady + 1s).
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
      "0": { duration: 1m }
  faults:
  - { at: 20s, nodeDown: a-1, for: 160s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - succeededIndexes: "0"
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
  id: 'nodelife3/success-policy-met-by-report-on-return',
  source: 'pkg/controller/job/success_policy.go matchSuccessPolicy ("Matched rules at index 0"); job_controller.go syncJob (SuccessCriteriaMet, deleteActivePods; canRemoveFinalizer with a finished condition; deleted pods counted failed only for a failure condition), enactJobFinished (Complete with the interim condition\'s reason/message, completionTime); test/integration/job TestSuccessPolicy',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    const p0 = pods.find((p) => p.metadata.name.startsWith('j-0-'));
    const p1 = pods.find((p) => p.metadata.name.startsWith('j-1-'));
    h.eq([p0.spec.nodeName, p1.spec.nodeName], ['a-1', 'b-1'], 'placement (index 0 on the silent node)');
    const t0 = p0.status.containerStatuses[0].state.terminated;
    h.eq([p0.status.phase, t0.exitCode, h.sec(t0.finishedAt)], ['Succeeded', 0, 60], 'index 0 reported with its real finish');
    h.eq([p1.status.phase, h.exitCodeOf(p1), h.sec(p1.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 143, 181], 'index 1 deleted and stopped');
    const j = h.job('j');
    const sc = h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy');
    const c = h.hasCond(j, 'Complete', 'SuccessPolicy');
    h.eq([sc.message, h.sec(sc.lastTransitionTime), c.message, h.sec(c.lastTransitionTime), h.sec(j.status.completionTime)], ['Matched rules at index 0', 181, 'Matched rules at index 0', 182, 182], 'conditions');
    h.eq([j.status.succeeded, j.status.failed ?? 0, j.status.completedIndexes, j.status.terminating], [1, 0, '0', 0], 'final counters');
    h.eq(h.events({ kind: 'Job' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['SuccessfulDelete', `Deleted pod: ${p1.metadata.name}`, 181], ['Completed', 'Job completed', 182]], 'Job events');
    const nr = h.events({ kind: 'Node', name: 'a-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] > 2).map((x) => x.slice(0, 7)), [
      [nr[0] + 1, 2, 1, 0, 0, 0, ''],
      [181, 0, 0, 1, 0, 1, 'SuccessCriteriaMet'],
      [182, 0, 0, 1, 0, 0, 'SuccessCriteriaMet,Complete'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
