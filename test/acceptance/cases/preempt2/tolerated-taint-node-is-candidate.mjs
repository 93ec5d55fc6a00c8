// A tainted node is a preemption candidate for a preemptor that tolerates the taint (TaintToleration
// passes, only NodeResourcesFit fails: Unschedulable): its priority-1 pod is the victim rather than
// the priority-5 pod on the untainted node (lowest highest-victim priority wins).
export default {
  id: 'preempt2/tolerated-taint-node-is-candidate',
  source: 'tainttoleration/taint_toleration.go Filter (tolerated: Success); preemption.go findCandidates (NodesForStatusCode Unschedulable) and pickOneNodeForPreemption (minHighestPriorityScoreFunc)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: t, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, taints: [{ key: dedicated, value: batch, effect: NoSchedule }] }
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, tolerations: [{ key: dedicated, operator: Equal, value: batch, effect: NoSchedule }], restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: one }
value: 1
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: five }
value: 5
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: one
      tolerations: [{ key: dedicated, operator: Exists }]
      nodeSelector: { kubernetes.io/hostname: t-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: five
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const a = h.podsOf('a')[0];
    const b = h.podsOf('b')[0];
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, '0/2 nodes are available: 2 Insufficient cpu.']], 'both nodes short of cpu only');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [e.involvedObject.name, e.message]), [[a.metadata.name, `Preempted by pod ${hi.metadata.uid} on node t-1`]], 'the priority-1 pod on the tainted node');
    h.noCond(b, 'DisruptionTarget');
    h.eq([hi.spec.nodeName, hi.status.nominatedNodeName], ['t-1', 't-1'], 'hi on t-1');
  },
};
