// PreferNoSchedule only scores: a pod that fits only on the tainted node is bound there at once,
// with no FailedScheduling.
export default {
  id: 'sched3/prefer-noschedule-only-feasible-node',
  source: 'tainttoleration/taint_toleration.go Filter (DoNotScheduleTaintsFilterFunc: NoSchedule and NoExecute only); TestTaintTolerationFilter ("node with PreferNoSchedule taint" rows)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "16", memory: 64Gi, pods: 110 }, taints: [{ key: dedicated, value: batch, effect: PreferNoSchedule }] }
    - { name: small, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "4" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, 'big-1', 'tainted node');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, `Successfully assigned default/${p.metadata.name} to big-1`]], 'scheduled');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no failure');
  },
};
