// Criterion 3 sums victims' priorities each raised by MaxInt32+1, so that more victims never sum
// lower: a-1 (victims 50 and -100) sums 2^32-50, b-1 (victim 50) sums 2^31+50, b-1 wins.
// A plain sum (-50 < 50) would pick a-1.
export default {
  id: 'scheduling/preempt-sum-priorities-offset',
  source: 'preemption.go pickOneNodeForPreemption (minSumPrioritiesScoreFunc: "We add MaxInt32+1 to all priorities to make all of them >= 0 ... a node with a few pods with negative priority is not picked over a node with a smaller number of pods")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { pool: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { pool: b } }
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
metadata: { name: mid }
value: 50
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: neg }
value: -100
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill-a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: high
      nodeSelector: { pool: a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill-b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: high
      nodeSelector: { pool: b }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: mid-a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: mid
      nodeSelector: { pool: a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: neg-a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: neg
      nodeSelector: { pool: a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: mid-b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: mid
      nodeSelector: { pool: b }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const up = h.podsOf('urgent')[0];
    h.eq(h.podsOf('neg-a')[0].spec.priority, -100, 'negative priority from the class');
    const pe = h.events({ reason: 'Preempted' });
    h.eq(pe.map((e) => [e.involvedObject.name, e.message]), [[h.podsOf('mid-b')[0].metadata.name, `Preempted by pod ${up.metadata.uid} on node b-1`]], 'one victim, on b-1');
    h.eq(up.status.nominatedNodeName, 'b-1', 'nominated to b-1');
  },
};
