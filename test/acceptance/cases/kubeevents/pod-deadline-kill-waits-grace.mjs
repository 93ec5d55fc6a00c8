// A pod's own activeDeadlineSeconds (30s) passes while its container, which ignores SIGTERM, runs (grace period 20s).
// activeDeadlineHandler.ShouldEvict makes generateAPIPodStatus say Failed/DeadlineExceeded at +30s, SyncPod returns
// isTerminal, and SyncTerminatingPod kills the containers with the pod's grace period, as a deletion does: Killing at
// +30s, SIGTERM ignored, SIGKILL (137) at +50s. mergePodStatus keeps the API phase while containers could still run:
// the trace shows the pod Running at +30s with Ready/ContainersReady False (PodFailed), and Failed/DeadlineExceeded
// only at +50s, when the container has stopped. backoffLimit 0: the Job fails a second later.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      activeDeadlineSeconds: 30
      terminationGracePeriodSeconds: 20
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'kubeevents/pod-deadline-kill-waits-grace',
  source: 'pkg/kubelet/active_deadline.go ShouldEvict; kubelet_pods.go generateAPIPodStatus (PodSyncHandlers ShouldEvict -> Failed); kubelet.go SyncPod (terminal -> isTerminal) and SyncTerminatingPod (killPod, no grace override); kuberuntime_container.go killContainer (setTerminationGracePeriod); status_manager.go mergePodStatus (couldHaveRunningContainers keeps the old phase, reason and message; terminal phase -> Ready/ContainersReady False PodFailed)',
  scenario,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').slice(3).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[30, 'DeadlineExceeded'], [30, 'Killing']], 'deadline events');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [137, 'Error', 50], 'SIGKILL when the 20s grace period ends');
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod status');
    h.eq(h.sec(h.cond(h.job('j'), 'Failed').lastTransitionTime), 51, 'Job Failed');
    const dir = mkdtempSync(join(tmpdir(), 'pdl-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const run = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
    h.eq(run.status, 0, 'trace run exit');
    const states = readFileSync(join(dir, 't.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((l) => l.type === 'object' && l.kind === 'Pod' && h.sec(l.t) >= 30)
      .map((l) => {
        const s = l.object.status ?? {};
        const ready = (s.conditions ?? []).find((c) => c.type === 'Ready');
        return [h.sec(l.t), s.phase, s.reason, Object.keys(s.containerStatuses?.[0]?.state ?? {})[0], `${ready?.status}/${ready?.reason}`];
      });
    h.eq(states[0], [30, 'Running', undefined, 'running', 'False/PodFailed'], 'the status at the deadline');
    h.assert(states.some((s) => JSON.stringify(s) === JSON.stringify([50, 'Failed', 'DeadlineExceeded', 'terminated', 'False/PodFailed'])), `no Failed state at +50s in ${JSON.stringify(states)}`);
    h.assert(!states.some((s) => s[0] < 50 && s[1] === 'Failed'), `Failed before the container stopped: ${JSON.stringify(states)}`);
  },
};
