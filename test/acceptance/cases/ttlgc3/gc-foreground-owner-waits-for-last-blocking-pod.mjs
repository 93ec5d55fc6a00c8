// Job f (foregroundDeletion finalizer, Indexed 3/3, terminationGracePeriodSeconds 45) gets a dangling owner at 30s and
// is deleted in the foreground; the GC deletes its three running pods (grace 45). Index 0 exits on SIGTERM at once (143),
// index 1 takes 20s to stop (50s), index 2 ignores SIGTERM and is SIGKILLed at 75s (137). Every pod is a blocking
// dependent (blockOwnerDeletion), so f keeps foregroundDeletion until the last one is gone: removed at 75s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
function trace(scenario) {
  const dir = mkdtempSync(join(tmpdir(), 'ttlgc3-'));
  writeFileSync(join(dir, 's.yaml'), scenario);
  const r = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`jobsim --trace exited ${r.status}: ${r.stderr}`);
  return readFileSync(join(dir, 't.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((e) => e.type === 'object');
}
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
  behaviors:
  - selector: {matchLabels: {app: ix}}
    duration: 1h
    perIndex:
      "1": {onSigterm: 20s}
      "2": {onSigterm: ignore}
  timeline:
  - {at: 30s, patch: {kind: Job, name: f, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f, finalizers: [foregroundDeletion]}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: ix}}
    spec:
      terminationGracePeriodSeconds: 45
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/gc-foreground-owner-waits-for-last-blocking-pod',
  source: 'garbagecollector.go attemptToDeleteItem (dangling; hasDeleteDependentsFinalizer -> Foreground), processDeletingDependentsItem (blockingDependents non-empty: keep the finalizer; empty: removeFinalizer), graph.go blockingDependents; job_controller.go pod ownerRef blockOwnerDeletion true; pod strategy CheckGracefulDelete (terminationGracePeriodSeconds)',
  scenario,
  check(r, h) {
    const f = h.job('f');
    h.eq([h.sec(f.metadata.deletionTimestamp), f.metadata.generation, f.metadata.finalizers], [30, 2, undefined], 'f foreground-deleted at 30s, finished');
    const pods = h.podsOf('f').sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    h.eq(pods.map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]), [[75, 45, 30], [75, 45, 50], [75, 45, 75]], 'pods deleted (grace 45), ending at 30s, 50s, 75s');
    h.eq([pods[0], pods[2]].map((p) => p.status.containerStatuses[0].state.terminated.exitCode), [143, 137], 'SIGTERM exit, SIGKILL');
    const ev = trace(scenario);
    h.eq(ev.filter((e) => e.op === 'DELETED' && e.kind !== 'Node').map((e) => `${e.t.slice(11, 19)} ${e.kind}`), ['00:00:30 Pod', '00:00:50 Pod', '00:01:15 Pod', '00:01:15 Job'], 'f goes right after its last pod');
  },
};
