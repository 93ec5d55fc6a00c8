// A sidecar's host port is held for the whole pod: a second pod whose regular container asks for
// the same port is refused by NodePorts on the only node, and bound when the first pod ends (+30s).
export default {
  id: 'sched3/hostport-sidecar-counts',
  source: 'scheduler/util/utils.go GetHostPorts ("initContainers with restartPolicy: Always"); nodeports/node_ports.go PreFilter/Filter; node_ports_test.go TestNodePorts (restartable init container rows)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      initContainers: [{ name: proxy, image: busybox:1.36, restartPolicy: Always, ports: [{ containerPort: 80, hostPort: 7000 }] }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: second }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 7000 }] }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.podsOf('second')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: s.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."]], 'message');
    h.eq(h.events({ reason: 'Scheduled', name: s.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30], 'bound at +30s');
  },
};
