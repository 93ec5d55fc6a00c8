// Host ports bound on distinct host IPs do not conflict (127.0.0.1 and 127.0.0.2), but one bound
// on 0.0.0.0 (the default) conflicts with every IP: the third pod waits for a port.
export default {
  id: 'sched3/hostport-hostip',
  source: 'nodeports/node_ports_test.go TestNodePorts ("different host ip", "second ip not wildcard"/0.0.0.0 rows); framework/types.go HostPortInfo.CheckConflict (DefaultBindAllHostIP conflicts with any IP)',
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
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 8080, protocol: TCP, hostIP: 127.0.0.1 }], resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 8080, protocol: TCP, hostIP: 127.0.0.2 }], resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: c }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, ports: [{ containerPort: 80, hostPort: 8080, protocol: TCP }], resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('a')[0].spec.nodeName, 'w-1', 'a bound');
    h.eq(h.podsOf('b')[0].spec.nodeName, 'w-1', 'b bound');
    const c = h.podsOf('c')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: c.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0], 'c refused at +0s');
    h.eq(h.events({ reason: 'Scheduled', name: c.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [60], 'c bound when both end');
  },
};
