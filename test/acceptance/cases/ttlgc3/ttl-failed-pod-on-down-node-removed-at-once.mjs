// backoffLimit 0: the pod (pinned to node-1) exits 1 at 10s, the Job fails at 11s. node-1 stops answering at 20s
// (NodeNotReady by 71s). ttlSecondsAfterFinished 60: the TTL controller deletes the Job at 71s (foreground); the
// garbage collector deletes its Failed pod with grace 0 (terminal), which needs no kubelet: the pod and then the Job
// are gone at 71s although the node is down.
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
  faults:
  - {at: 20s, nodeDown: node-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  ttlSecondsAfterFinished: 60
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/ttl-failed-pod-on-down-node-removed-at-once',
  source: 'ttlafterfinished_controller.go timeLeft (Failed lastTransitionTime + TTL), processJob (Foreground); garbagecollector.go attemptToDeleteItem (owner waiting, no dependents -> Background); registry/core/pod/strategy.go CheckGracefulDelete (Failed/Succeeded: period 0); registry store.go updateForGracefulDeletionAndFinalizers (lastGraceful 0, no finalizer -> deleted now)',
  scenario,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 11, 'Failed at 11s');
    h.assert(h.sec(h.events({ reason: 'NodeNotReady' })[0].firstTimestamp) <= 71, 'node-1 NotReady before the TTL expires');
    const [p] = h.podsOf('j');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase], [71, 0, 'Failed'], 'pod deleted with grace 0');
    const ev = trace(scenario);
    h.eq(ev.filter((e) => e.op === 'DELETED' && e.kind !== 'Node').map((e) => `${e.t.slice(11, 19)} ${e.kind}`), ['00:01:11 Pod', '00:01:11 Job'], 'pod, then Job, removed at 71s');
  },
};
