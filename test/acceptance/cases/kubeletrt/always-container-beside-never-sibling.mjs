// Pod restartPolicy Never; zeta has its own restartPolicy Always, alpha none. Every 10s run exits 0. At 10s alpha is
// done for good (Never), zeta is restarted at once (no back-off entry yet), exits 0 again at 20s, waits 10s
// (restarted 30s), exits at 40s and waits 20s. Cut at 45s: the pod is Running (a stopped container is restartable:
// stopped != stoppedNotRestartable); zeta waits CrashLoopBackOff "back-off 20s restarting failed container=..."
// (the same words after a success), lastState the 30-40 run (Completed), restartCount 2; alpha keeps its 0-10 run,
// restartCount 0, no lastState; Ready/ContainersReady False since 10s, listing [zeta alpha] in spec order.
export default {
  id: 'kubeletrt/always-container-beside-never-sibling',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (ContainerRestartRules: stopped != stoppedNotRestartable -> Running), convertToAPIContainerStatuses; pkg/api/v1/pod/util.go ContainerShouldRestart (container Always); kuberuntime_manager.go doBackOff ("back-off %s restarting failed container=%s pod=%s"); status/generate.go GenerateContainersReadyCondition (spec order)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: alw }
spec: { duration: 45s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: m }
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - { name: zeta, image: busybox:1.36, restartPolicy: Always }
      - { name: alpha, image: busybox:1.36 }
`,
  check(r, h) {
    const p = h.podsOf('m')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const [alpha, zeta] = p.status.containerStatuses;
    h.eq([alpha.name, zeta.name], ['alpha', 'zeta'], 'statuses sorted by name');
    const at = alpha.state.terminated;
    h.eq([at?.exitCode, at?.reason, h.sec(at?.startedAt), h.sec(at?.finishedAt), alpha.restartCount, alpha.lastState?.terminated], [0, 'Completed', 0, 10, 0, undefined], 'alpha');
    h.eq(zeta.state, { waiting: { reason: 'CrashLoopBackOff', message: `back-off 20s restarting failed container=zeta pod=${p.metadata.name}_default(${p.metadata.uid})` } }, 'zeta state');
    const zl = zeta.lastState.terminated;
    h.eq([zl.exitCode, zl.reason, h.sec(zl.startedAt), h.sec(zl.finishedAt), zeta.restartCount], [0, 'Completed', 30, 40, 2], 'zeta lastState/restartCount');
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime)], ['False', 'ContainersNotReady', 'containers with unready status: [zeta alpha]', 10], 'Ready');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [20, 40], 'BackOff events');
    h.eq((h.job('m').status.conditions ?? []).length, 0, 'Job has no condition');
  },
};
