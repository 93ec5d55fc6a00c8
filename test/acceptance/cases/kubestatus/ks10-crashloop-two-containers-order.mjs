// Two containers [web, api] crash together under OnFailure (10s runs, exit 1), cut at 25s during the 10s back-off:
// the Ready/ContainersReady message lists the unready containers in spec order ([web api]), while
// containerStatuses are sorted by name (api, web); each waits CrashLoopBackOff with a message naming itself, with
// restartCount 1 and lastState the 10-20 run.
export default {
  id: 'kubestatus/crashloop-two-containers-order',
  source: 'pkg/kubelet/status/generate.go GenerateContainersReadyCondition (iterates pod.Spec.Containers); kubelet_pods.go convertToAPIContainerStatuses (sort.Sort(SortedContainerStatuses)); kuberuntime_manager.go doBackOff ("back-off %s restarting failed container=%s pod=%s")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 25s
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 6
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: web, image: busybox:1.36 }, { name: api, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const f = (x) => { const c = h.anyCond(p, x); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('ContainersReady'), ['False', 'ContainersNotReady', 'containers with unready status: [web api]', 20], 'ContainersReady');
    h.eq(f('Ready'), ['False', 'ContainersNotReady', 'containers with unready status: [web api]', 20], 'Ready');
    const pod = `${p.metadata.name}_default(${p.metadata.uid})`;
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.restartCount, c.state.waiting?.reason, c.state.waiting?.message, h.sec(c.lastState.terminated?.startedAt), h.sec(c.lastState.terminated?.finishedAt)]),
      [['api', 1, 'CrashLoopBackOff', `back-off 10s restarting failed container=api pod=${pod}`, 10, 20], ['web', 1, 'CrashLoopBackOff', `back-off 10s restarting failed container=web pod=${pod}`, 10, 20]], 'statuses');
  },
};
