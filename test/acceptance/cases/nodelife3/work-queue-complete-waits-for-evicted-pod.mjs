// Work-queue Job (parallelism 2, no completions), pods of 10 minutes. The pod on a-1 (silent for good from 30s) is
// taint-evicted at NotReady + 305s, counted failed and replaced (no success yet, so wantActive is still parallelism).
// The other pod succeeds at 600s: from then no pod is added and the Job is done once no pod is active: the replacement
// succeeds at 10m after its creation, SuccessCriteriaMet (CompletionsReached, "Reached expected number of succeeded
// pods") one sync later, but Complete waits for the evicted pod stuck Terminating: a-1's Node is deleted at 20m and the
// pod GC removes it at 1240s; Complete and completionTime at 1241s, succeeded 2, failed 1.
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
  duration: 30m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: a-1 }
  - { at: 20m, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/work-queue-complete-waits-for-evicted-pod',
  source: 'pkg/controller/job/job_controller.go manageJob (completions nil: wantActive = parallelism until a success, then active), syncJob (complete = succeeded > 0 && active == 0), newSuccessCondition (SuccessCriteriaMet, CompletionsReached), enactJobFinished (terminating > 0 delays Complete); isPodFailed; podgc gc_controller.go',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 3, 'one replacement only');
    const ev = pods.find((p) => p.spec.nodeName === 'a-1');
    const nr = h.events({ kind: 'Node', name: 'a-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    const te = nr + 305;
    const repl = pods[2];
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.status.phase, h.sec(repl.status.containerStatuses[0].state.terminated.finishedAt)], [te + 1, 'Succeeded', te + 601], 'replacement');
    h.eq([ev.status.phase, h.anyCond(ev, 'DisruptionTarget').reason], ['Failed', 'DeletionByPodGC'], 'evicted pod ended by the pod GC');
    const j = h.job('j');
    const sc = h.hasCond(j, 'SuccessCriteriaMet', 'CompletionsReached');
    const c = h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([sc.message, h.sec(sc.lastTransitionTime), h.sec(c.lastTransitionTime), h.sec(j.status.completionTime)], ['Reached expected number of succeeded pods', te + 602, 1241, 1241], 'conditions');
    h.eq([j.status.succeeded, j.status.failed, j.status.terminating, j.spec.completions ?? null], [2, 1, 0, null], 'final counters');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] > te).map((x) => x.slice(0, 7)), [
      [te + 1, 2, 1, 0, 1, 1, ''],
      [te + 2, 2, 2, 0, 1, 1, ''],
      [601, 1, 1, 1, 1, 1, ''],
      [te + 602, 0, 0, 2, 1, 1, 'SuccessCriteriaMet'],
      [1241, 0, 0, 2, 1, 0, 'SuccessCriteriaMet,Complete'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
