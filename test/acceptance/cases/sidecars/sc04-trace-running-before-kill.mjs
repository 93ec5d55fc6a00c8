// The kubelet writes the status in which the regular container has terminated and the sidecar still
// runs before it stops the sidecar: in the trace, a Pod state at +20s with phase Running (getPhase
// counts the running restartable init container as running), main terminated 0, proxy running, and
// Ready/ContainersReady False with reason ContainersNotReady and message
// "containers with unready status: [main]"; only later the Succeeded state with proxy terminated 143.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'sidecars/trace-running-before-kill',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (case running > 0 && unknown == 0 -> PodRunning; the sidecar is counted in running); generateAPIPodStatus runs before SyncPod computes KillPod (kuberuntime_manager.go computePodActions); pkg/kubelet/status/generate.go GenerateContainersReadyCondition ("containers with unready status: %s"), GeneratePodReadyCondition (copies it)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'sc04-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const run = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
    h.eq(run.status, 0, 'trace run exit');
    const pods = readFileSync(join(dir, 't.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'object' && l.kind === 'Pod');
    const view = (l) => {
      const s = l.object.status ?? {};
      const main = (s.containerStatuses ?? [])[0]; const px = (s.initContainerStatuses ?? [])[0];
      const st = (c) => (c ? Object.keys(c.state ?? {})[0] + (c.state?.terminated ? ':' + c.state.terminated.exitCode : '') : '-');
      const cond = (t) => { const c = (s.conditions ?? []).find((x) => x.type === t); return c ? `${c.status}/${c.reason ?? ''}/${c.message ?? ''}` : '-'; };
      return [h.sec(l.t), s.phase, st(main), st(px), cond('Ready'), cond('ContainersReady')];
    };
    const seen = pods.map(view);
    const mid = [20, 'Running', 'terminated:0', 'running', 'False/ContainersNotReady/containers with unready status: [main]', 'False/ContainersNotReady/containers with unready status: [main]'];
    const end = [20, 'Succeeded', 'terminated:0', 'terminated:143', 'False/PodCompleted/', 'False/PodCompleted/'];
    const i = seen.findIndex((s) => JSON.stringify(s) === JSON.stringify(mid));
    const j = seen.findIndex((s) => JSON.stringify(s) === JSON.stringify(end));
    h.assert(i >= 0, `no trace state ${JSON.stringify(mid)} in ${JSON.stringify(seen)}`);
    h.assert(j > i, `Succeeded state ${JSON.stringify(end)} not after the Running one in ${JSON.stringify(seen)}`);
  },
};
