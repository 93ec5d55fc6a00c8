// Preferred node affinity is a score, and preemption does not score: the preemptor prefers w-2
// (weight 100), but pickOneNodeForPreemption looks at victims only, so the priority-1 pod on w-1 is
// preempted (not the priority-5 pod on w-2) and the preemptor runs on w-1.
export default {
  id: 'preempt2/preferred-affinity-ignored-by-pick',
  source: 'preemption.go pickOneNodeForPreemption (criteria on victims only: PDB violations, highest priority, sum, count, start time); nodeaffinity.go Filter (preferred terms are not filtered, only scored)',
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
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: hi }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: 1h } }
          spec:
            priorityClassName: high
            affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-2] }] } }] } }
            restartPolicy: Never
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
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
      nodeSelector: { kubernetes.io/hostname: w-1 }
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
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const a = h.podsOf('a')[0];
    const b = h.podsOf('b')[0];
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [[60, a.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-1`]], 'w-1 pod preempted');
    h.eq(b.status.phase, 'Running', 'preferred node untouched');
    h.eq([hi.spec.nodeName, hi.status.nominatedNodeName], ['w-1', 'w-1'], 'hi on w-1');
  },
};
