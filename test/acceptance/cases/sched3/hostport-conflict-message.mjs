// Two pods asking for host port 8080/TCP cannot share the only node: the second is refused by
// NodePorts (Unschedulable, so preemption is tried: no victims at equal priority) and bound when
// the first finishes at +45s.
export default {
  id: 'sched3/hostport-conflict-message',
  source: 'nodeports/node_ports_test.go TestNodePorts ("same port"); node_ports.go Filter (ErrReason "node(s) didn\'t have free ports for the requested pod ports", framework.Unschedulable); EventsToRegister (Pod Delete); FitError.Error',
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
    metadata: { annotations: { jobsim/duration: "45s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 8080, protocol: TCP }], resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: second }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 8080, protocol: TCP }], resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.podsOf('second')[0];
    h.eq(h.podsOf('first')[0].spec.nodeName, 'w-1', 'first bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: s.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."]], 'message');
    h.eq(h.events({ reason: 'Scheduled', name: s.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [45], 'bound when the port is free');
  },
};
