// NodePorts' failure is Unschedulable: the preemptor wanting hostPort 8080 evicts the pod holding it,
// not the other lower-priority pod (cpu is plentiful).
export default {
  id: 'preempt/hostport-victim',
  source: 'nodeports/node_ports.go Filter (Unschedulable "node(s) didn\'t have free ports for the requested pod ports"); default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, ports: [{ containerPort: 80, hostPort: 8080 }] }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: port }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, ports: [{ containerPort: 80, hostPort: 8080 }] }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: other }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, ports: [{ containerPort: 80, hostPort: 9090 }] }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const v = h.podsOf('port')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ["0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports."], 'message');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name), [v.metadata.name], 'the port holder is the victim');
    h.noCond(h.podsOf('other')[0], 'DisruptionTarget');
    h.eq(hi.spec.nodeName, 'w-1', 'bound');
  },
};
