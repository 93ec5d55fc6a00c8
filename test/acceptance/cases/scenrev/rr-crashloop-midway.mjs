// scenarios/restart-rules.yaml cut at +4m05s, inside the 10s back-off after the second exit 42: the container
// waits with reason CrashLoopBackOff and the message "back-off 10s restarting failed container=trainer
// pod=NAME_default(UID)", restartCount 1, lastState exit 42; the pod is Running and not Ready.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/rr-crashloop-midway',
  source: 'kubernetes pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff (fmt "back-off %s restarting failed container=%s pod=%s", format.Pod = name_namespace(uid), ErrCrashLoopBackOff); pkg/kubelet/status/generate.go GenerateContainersReadyCondition ("containers with unready status: [%s]")',
  scenario: readFileSync(join(process.cwd(), 'scenarios/restart-rules.yaml'), 'utf8'),
  args: ['--duration', '4m5s'],
  check(r, h) {
    const [p] = h.podsOf('train');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.state.waiting?.reason, cs.state.waiting?.message], ['CrashLoopBackOff', `back-off 10s restarting failed container=trainer pod=${p.metadata.name}_default(${p.metadata.uid})`], 'waiting state');
    h.eq([cs.restartCount, cs.ready, cs.lastState.terminated?.exitCode, h.sec(cs.lastState.terminated?.startedAt), h.sec(cs.lastState.terminated?.finishedAt)], [1, false, 42, 120, 240], 'container');
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq([p.status.phase, ready.status, ready.reason, ready.message], ['Running', 'False', 'ContainersNotReady', 'containers with unready status: [trainer]'], 'pod');
    h.eq([h.job('train').status.active, h.job('train').status.ready, h.job('train').status.failed ?? 0], [1, 0, 0], 'Job counters');
  },
};
