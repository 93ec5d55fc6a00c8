// Only nodes that failed on resources (Unschedulable) are candidates: the preemptor's nodeSelector
// names w-2, so w-1 (UnschedulableAndUnresolvable for NodeAffinity) is never a candidate, though its
// pod has the lower priority; w-2's priority-10 pod is the victim.
export default {
  id: 'preempt/selector-limits-candidates',
  source: 'preemption.go findCandidates (m.NodesForStatusCode(..., Unschedulable)); nodeaffinity.go Filter (UnschedulableAndUnresolvable "node(s) didn\'t match Pod\'s node affinity/selector")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, nodeSelector: { kubernetes.io/hostname: w-2 }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
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
    const v = h.podsOf('ten')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [e.involvedObject.name, e.message]), [[v.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-2`]], 'victim on w-2');
    h.noCond(h.podsOf('zero')[0], 'DisruptionTarget');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ["0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector."], 'message');
    h.eq([hi.status.nominatedNodeName, hi.spec.nodeName], ['w-2', 'w-2'], 'nominated and bound');
  },
};
