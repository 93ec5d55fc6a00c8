// An untolerated NoExecute taint keeps new pods off the node just as NoSchedule does (the Filter
// checks both effects); PreferNoSchedule does not filter.
export default {
  id: 'scheduler2/noexecute-taint-filters',
  source: 'tainttoleration/taint_toleration.go Filter (FindMatchingUntoleratedTaint with NoSchedule and NoExecute); ErrReasonNotMatch "node(s) had untolerated taint(s)"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: ne, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: maint, effect: NoExecute }] }
    - { name: pref, count: 1, capacity: { cpu: 500m, memory: 8Gi, pods: 110 }, taints: [{ key: spot, value: "true", effect: PreferNoSchedule }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 400m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => p.spec.nodeName ?? null).sort(), [null, 'pref-1'], 'one on the PreferNoSchedule node, one pending');
    const pending = pods.find((p) => !p.spec.nodeName);
    h.eq(h.events({ reason: 'FailedScheduling', name: pending.metadata.name }).map((e) => e.message), ['0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.'], 'message');
  },
};
