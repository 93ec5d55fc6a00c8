// pickOneNodeForPreemption with equal highest victim priority (5) and equal victim count (2): the
// smaller sum of priorities decides (w-2: 5 and 1, against w-1: 5 and 5), before the start-time
// criterion, which would have favoured w-1, whose pods started later (+30s against +0s).
export default {
  id: 'preempt2/sum-before-start-time',
  source: 'preemption.go pickOneNodeForPreemption (minSumPrioritiesScoreFunc, third, before minNumPodsScoreFunc and latestStartTimeScoreFunc)',
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
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: a }, spec: { backoffLimit: 0, completions: 2, parallelism: 2, template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: five, nodeSelector: { kubernetes.io/hostname: w-1 }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
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
metadata: { name: b5 }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: five
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: b1 }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: one
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const w2 = [h.podsOf('b1')[0], h.podsOf('b5')[0]].map((p) => p.metadata.name).sort();
    h.eq(h.podsOf('a').map((p) => [h.sec(p.status.startTime), p.spec.nodeName]), [[30, 'w-1'], [30, 'w-1']], 'w-1 pods started at +30s');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name).sort(), w2, 'both w-2 pods preempted');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, `Preempted by pod ${hi.metadata.uid} on node w-2`], [60, `Preempted by pod ${hi.metadata.uid} on node w-2`]], 'messages');
    h.eq(hi.spec.nodeName, 'w-2', 'hi on w-2');
    for (const p of h.podsOf('a')) h.noCond(p, 'DisruptionTarget');
  },
};
