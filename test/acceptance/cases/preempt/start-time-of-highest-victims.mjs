// pickOneNodeForPreemption's last criterion compares the earliest start among each node's victims of
// the highest priority only: equal highest priority (5), sum and count on both nodes; w-1's
// priority-5 victim started at +10s, w-2's at +20s, so w-2 wins, though w-2's priority-1 victim is
// the oldest pod of all (+0s).
export default {
  id: 'preempt/start-time-of-highest-victims',
  source: 'preemption.go pickOneNodeForPreemption (latestStartTimeScoreFunc); util/utils.go GetEarliestPodStartTime ("earliest pod start time of all pods that have the highest priority among all victims")',
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
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: a5 }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: five, nodeSelector: { kubernetes.io/hostname: w-1 }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: b5 }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: five, nodeSelector: { kubernetes.io/hostname: w-2 }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 50s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: a1 }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: one, nodeSelector: { kubernetes.io/hostname: w-1 }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: five }
value: 5
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: one }
value: 1
---
apiVersion: batch/v1
kind: Job
metadata: { name: b1 }
spec:
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
    h.eq(h.podsOf('b1')[0].status.startTime, '2026-01-01T00:00:00Z', 'b1 started at +0s');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name).sort(), [h.podsOf('b1')[0].metadata.name, h.podsOf('b5')[0].metadata.name].sort(), 'both w-2 pods preempted');
    h.noCond(h.podsOf('a5')[0], 'DisruptionTarget');
    h.noCond(h.podsOf('a1')[0], 'DisruptionTarget');
    h.eq([hi.status.nominatedNodeName, hi.spec.nodeName], ['w-2', 'w-2'], 'w-2');
  },
};
