// A node that stopped answering gets node.kubernetes.io/unreachable:NoSchedule (no value); the
// default tolerations only cover NoExecute, so a new pod is refused with "{node.kubernetes.io/unreachable: }".
export default {
  id: 'scheduling/unreachable-taint-message',
  source: 'nodelifecycle doNoScheduleTaintingPass (UnreachableTaintTemplate NoSchedule); defaulttolerationseconds admission (NoExecute only); tainttoleration Filter "{%s: %s}"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 0s, nodeDown: w-1, for: 1h }
  timeline:
  - at: 2m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: late }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('late')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound');
    const tols = (p.spec.tolerations ?? []).map((t) => `${t.key}:${t.effect}:${t.tolerationSeconds}`).sort();
    h.eq(tols, ['node.kubernetes.io/not-ready:NoExecute:300', 'node.kubernetes.io/unreachable:NoExecute:300'], 'default tolerations');
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.message]), [[120, '0/1 nodes are available: 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.']], 'FailedScheduling');
  },
};
