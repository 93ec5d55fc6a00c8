// The Job is deleted at 10s; its pod's container ignores SIGTERM and is SIGKILLed when the 30s grace period ends
// (40s). While it terminates the kubelet keeps generating Running/Ready=True (no readiness probe: a running,
// started container is ready; deletion alone changes no kubelet condition): every traced pod state with the
// deletionTimestamp before 40s is Running with Ready True since 0s. At 40s: Failed, 137 Error, Ready False PodFailed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 2m
  timeline:
  - { at: 10s, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'kubestatus/terminating-stays-ready-trace',
  source: 'pkg/kubelet/prober/prober_manager.go UpdatePodStatus (no readiness probe: ready once started); kubelet.go SyncTerminatingPod (status generated with podIsTerminal=false while containers run); kuberuntime_container.go killContainer (SIGKILL at the grace period end, exit 137 reason Error)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'ks12-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const run = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
    h.eq(run.status, 0, 'trace run exit');
    const states = readFileSync(join(dir, 't.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'object' && l.kind === 'Pod').map((l) => l.object);
    const terminating = states.filter((o) => o.metadata.deletionTimestamp !== undefined && o.status.phase !== 'Failed');
    h.assert(terminating.length >= 1, 'a terminating state is traced');
    for (const o of terminating) {
      const ready = (o.status.conditions ?? []).find((c) => c.type === 'Ready');
      h.eq([o.status.phase, ready?.status, h.sec(ready?.lastTransitionTime), o.status.containerStatuses[0].ready, Object.keys(o.status.containerStatuses[0].state)], ['Running', 'True', 0, true, ['running']], 'terminating state');
    }
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 40], 'final phase');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [137, 'Error', 40], 'SIGKILL');
    const ready = h.anyCond(p, 'Ready');
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['False', 'PodFailed', 40], 'Ready');
  },
};
