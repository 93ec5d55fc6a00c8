// With two nodes, two pods of one Job asking for the same host port are spread one per node by
// NodePorts, whatever the resource scores say.
export default {
  id: 'sched3/hostport-second-node',
  source: 'nodeports/node_ports.go Filter (fits: CheckConflict against nodeInfo.UsedPorts); schedule_one.go findNodesThatPassFilters',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
    - { name: small, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 9000 }], resources: { requests: { cpu: 100m, memory: 100Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j').map((p) => p.spec.nodeName).sort(), ['big-1', 'small-1'], 'one per node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no failure (the second pod is decided after the first is assumed)');
  },
};
