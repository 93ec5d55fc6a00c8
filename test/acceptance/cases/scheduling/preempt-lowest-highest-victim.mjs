// pickOneNodeForPreemption: the node whose highest-priority victim is lowest wins (criterion 2).
export default {
  id: 'scheduling/preempt-lowest-highest-victim',
  source: 'preemption.go pickOneNodeForPreemption (minHighestPriorityScoreFunc); default_preemption_test.go TestPickOneNodeForPreemption',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { pool: a } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { pool: b } }
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p100 }
value: 100
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p50 }
value: 50
---
apiVersion: batch/v1
kind: Job
metadata: { name: on-a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: p50
      nodeSelector: { pool: a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: on-b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: p100
      nodeSelector: { pool: b }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const up = h.podsOf('urgent')[0];
    const pe = h.events({ reason: 'Preempted' });
    h.eq(pe.map((e) => [e.involvedObject.name, e.message]), [[h.podsOf('on-a')[0].metadata.name, `Preempted by pod ${up.metadata.uid} on node a-1`]], 'victim on a-1');
    h.eq([up.status.nominatedNodeName, up.spec.nodeName], ['a-1', 'a-1'], 'nominated and bound to a-1');
  },
};
