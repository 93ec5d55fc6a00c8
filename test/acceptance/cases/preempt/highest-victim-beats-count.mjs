// pickOneNodeForPreemption: the node whose highest victim priority is lowest wins before the sum or
// the number of victims: w-1 needs three victims of priority 0, w-2 one victim of priority 10; w-1 is
// chosen and only its three pods are preempted.
export default {
  id: 'preempt/highest-victim-beats-count',
  source: 'preemption.go pickOneNodeForPreemption (minHighestPriorityScoreFunc before minSumPrioritiesScoreFunc and minNumPodsScoreFunc)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "3", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }] } } } } }
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
metadata: { name: many }
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: one }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: ten
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const many = h.podsOf('many').slice(0, 3);
    const pe = h.events({ reason: 'Preempted' });
    h.eq(pe.map((e) => e.involvedObject.name).sort(), many.map((p) => p.metadata.name).sort(), 'the three priority-0 pods are the victims');
    h.eq(pe.every((e) => e.message === `Preempted by pod ${hi.metadata.uid} on node w-1`), true, 'Preempted messages name w-1');
    h.noCond(h.podsOf('one')[0], 'DisruptionTarget');
    h.eq(hi.status.nominatedNodeName, 'w-1', 'nominated');
    h.eq(hi.spec.nodeName, 'w-1', 'bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ['0/2 nodes are available: 2 Insufficient cpu.'], 'message');
  },
};
