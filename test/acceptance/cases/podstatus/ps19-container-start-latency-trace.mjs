// With a 3s container start latency the trace shows each status the kubelet writes: at 0s Pending with
// ContainerCreating, Ready/ContainersReady False (ContainersNotReady) and PodReadyToStartContainers False (written
// before the first runtime SyncPod, which creates the sandbox and starts the container), at 3s Running with Ready
// and PodReadyToStartContainers True (3s),
// at 23s Succeeded with PodReadyToStartContainers False (23s) and terminated startedAt 3s / finishedAt 23s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 1m
  latencies: { containerStart: 3s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'podstatus/container-start-latency-trace',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (default waiting ContainerCreating), getPhase; pkg/kubelet/status/generate.go GeneratePodReadyCondition/GenerateContainersReadyCondition/GeneratePodReadyToStartContainersCondition; kubelet.go SyncPod (SetPodStatus before containerRuntime.SyncPod); status_manager.go updateLastTransitionTime',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'ps19-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const run = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
    h.eq(run.status, 0, 'trace run exit');
    const pods = readFileSync(join(dir, 't.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'object' && l.kind === 'Pod');
    const view = (o) => {
      const s = o.status; const cs = s.containerStatuses?.[0];
      const cond = (t) => { const c = (s.conditions ?? []).find((x) => x.type === t); return c ? `${c.status}/${c.reason ?? ''}@${h.sec(c.lastTransitionTime)}` : '-'; };
      return [h.sec(o.t), s.phase, cs ? Object.keys(cs.state)[0] + ':' + (cs.state.waiting?.reason ?? '') : '-', cond('Ready'), cond('PodReadyToStartContainers'), cond('PodScheduled')];
    };
    const seen = pods.map((l) => view({ ...l.object, t: l.t }));
    const want = [
      [0, 'Pending', 'waiting:ContainerCreating', 'False/ContainersNotReady@0', 'False/@0', 'True/@0'],
      [3, 'Running', 'running:', 'True/@3', 'True/@3', 'True/@0'],
      [23, 'Succeeded', 'terminated:', 'False/PodCompleted@23', 'False/@23', 'True/@0'],
    ];
    for (const w of want) h.assert(seen.some((s) => JSON.stringify(s) === JSON.stringify(w)), `no trace state ${JSON.stringify(w)} in ${JSON.stringify(seen)}`);
    const t = h.podsOf('j')[0].status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [0, 'Completed', 3, 23], 'terminated');
  },
};
