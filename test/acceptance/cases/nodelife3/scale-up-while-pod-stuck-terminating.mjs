// Scaling up while a pod is stuck Terminating. Two Jobs (parallelism 2, completions 6), each with one pod on a-1, silent
// for good from 30s; both pods are taint-evicted at NotReady + 305s. Job t (default TerminatingOrFailed) counts its pod
// failed and replaces it at once; Job f (podReplacementPolicy: Failed) neither counts nor replaces it (terminating 1).
// At 8m both get parallelism 3 (a spec change: synced at once). f creates 1 pod: wantActive 3 - terminating 1 - active
// 1; t creates 1 pod: wantActive 3 - active 2 (terminating pods are not subtracted). Afterwards f has active 2 +
// terminating 1 = 3, t has active 3 + terminating 1 = 4.
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
const job = (name, prp, app) => `
apiVersion: batch/v1
kind: Job
metadata: { name: ${name} }
spec:
  parallelism: 2
  completions: 6${prp ? `\n  podReplacementPolicy: ${prp}` : ''}
  template:
    metadata: { labels: { app: ${app} }, annotations: { jobsim/duration: "1h" } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: { matchLabels: { app: ${app} } }
            topologyKey: kubernetes.io/hostname
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  duration: 12m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "8", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: a-1 }
  timeline:
  - { at: 8m, patch: { kind: Job, name: f, spec: { parallelism: 3 } } }
  - { at: 8m, patch: { kind: Job, name: t, spec: { parallelism: 3 } } }
---${job('f', 'Failed', 'xf')}---${job('t', null, 'xt')}`;
export default {
  id: 'nodelife3/scale-up-while-pod-stuck-terminating',
  source: 'pkg/controller/job/job_controller.go manageJob (terminating subtracted only when onlyReplaceFailedPods: diff = wantActive - terminating - active), updateJob (generation change: immediate sync), isPodFailed; test/integration/job TestJobPodReplacementPolicy; taint_eviction.go',
  scenario,
  check(r, h) {
    const nr = h.events({ kind: 'Node', name: 'a-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    const te = nr + 305;
    const created = (n) => h.events({ name: n, kind: 'Job', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(created('f'), [0, 0, 480], 'f: no replacement, one pod for the scale-up');
    h.eq(created('t'), [0, 0, te + 1, 480], 't: replacement at once, one pod for the scale-up');
    for (const n of ['f', 't']) {
      const stuck = h.podsOf(n).find((p) => p.spec.nodeName === 'a-1');
      h.eq([stuck.status.phase, h.anyCond(stuck, 'DisruptionTarget').reason], ['Running', 'DeletionByTaintManager'], `${n}: evicted pod stuck`);
    }
    const f = h.job('f'), t = h.job('t');
    h.eq([f.status.active, f.status.terminating, f.status.failed ?? 0], [2, 1, 0], 'f final [active, terminating, failed]');
    h.eq([t.status.active, t.status.terminating, t.status.failed ?? 0], [3, 1, 1], 't final [active, terminating, failed]');
    h.eq(jobTrace(scenario, 'f').filter((x) => x[0] >= te).map((x) => x.slice(0, 6)), [[te + 1, 1, 1, 0, 0, 1], [480, 2, 1, 0, 0, 1]], 'f status [t, active, ready, succeeded, failed, terminating]');
    h.eq(jobTrace(scenario, 't').filter((x) => x[0] >= te).map((x) => x.slice(0, 6)), [[te + 1, 2, 1, 0, 1, 1], [480, 3, 1, 0, 1, 1]], 't status [t, active, ready, succeeded, failed, terminating]');
  },
};
