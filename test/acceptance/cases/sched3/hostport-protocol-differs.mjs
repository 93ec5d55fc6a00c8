// The same host port under TCP and UDP does not conflict: both pods share the node at +0s.
export default {
  id: 'sched3/hostport-protocol-differs',
  source: 'nodeports/node_ports_test.go TestNodePorts ("different protocol"); framework/types.go HostPortInfo.CheckConflict (keyed by protocol and port)',
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
metadata: { name: tcp }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 8080, protocol: TCP }], resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: udp }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 8080, protocol: UDP }], resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'Scheduled' }).map((e) => h.sec(e.firstTimestamp)), [0, 0], 'both at +0s');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no failure');
  },
};
