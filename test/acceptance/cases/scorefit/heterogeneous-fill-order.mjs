// Nine 1 cpu / 2Gi pods on one 8-cpu/32Gi node and two 2-cpu/4Gi nodes, in scheduling order: big-1 takes three
// (186, 174, 161 against 150), the 4th goes to a small node (big-1 with four: least (50+75)/2 = 62 + balanced
// 87 = 149 against 50 + 100 = 150), the 5th to the other small one, and the last four to big-1 (149..112
// against the full small nodes' 0 + 100).
export default {
  id: 'scorefit/heterogeneous-fill-order',
  source: 'noderesources/least_allocated.go leastResourceScorer; balanced_allocation.go balancedResourceScorer; schedule_one.go (one pod per cycle, each scored with the pods assumed before it)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "8", memory: 32Gi, pods: 110 } }
    - { name: small, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill }
spec:
  completions: 9
  parallelism: 9
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const order = h.events({ reason: 'Scheduled' }).map((e) => e.message.replace(/^.* to /, '').replace(/-\d+$/, ''));
    h.eq(order, ['big', 'big', 'big', 'small', 'small', 'big', 'big', 'big', 'big'], 'pools in the order of the Scheduled events');
    const smalls = h.podsOf('fill').map((p) => p.spec.nodeName).filter((n) => n.startsWith('small-')).sort();
    h.eq(smalls, ['small-1', 'small-2'], 'one pod on each small node');
  },
};
