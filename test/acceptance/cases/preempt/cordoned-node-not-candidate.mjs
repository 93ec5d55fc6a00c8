// A cordoned node fails NodeUnschedulable (UnschedulableAndUnresolvable): its priority-0 pod is
// never a victim; the priority-10 pod on the schedulable node is preempted instead.
export default {
  id: 'preempt/cordoned-node-not-candidate',
  source: 'nodeunschedulable.go Filter (UnschedulableAndUnresolvable "node(s) were unschedulable"); preemption.go findCandidates (NodesForStatusCode Unschedulable only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 30s, cordonNode: w-1 }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: ten }
value: 10
---
apiVersion: batch/v1
kind: Job
metadata: { name: zero }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: ten }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: ten
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ['0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable.'], 'message');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name), [h.podsOf('ten')[0].metadata.name], 'victim on w-2');
    h.noCond(h.podsOf('zero')[0], 'DisruptionTarget');
    h.eq(hi.spec.nodeName, 'w-2', 'bound to w-2');
  },
};
