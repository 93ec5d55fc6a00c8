// Criterion 5: with equal victims (one pod, same priority, on each node), the node whose
// highest-priority victims started latest is picked: the pod started at +60s is preempted, not
// the one started at +0s on a-1.
export default {
  id: 'scheduling/preempt-latest-start-time',
  source: 'preemption.go pickOneNodeForPreemption (latestStartTimeScoreFunc, util.GetEarliestPodStartTime of the highest-priority victims); default_preemption_test.go "same priority, same number of victims, different start time for each node\'s pod"',
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
      metadata: { name: young }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            nodeSelector: { pool: b }
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
  - at: 2m
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
apiVersion: batch/v1
kind: Job
metadata: { name: old }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { pool: a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const young = h.podsOf('young')[0];
    const old = h.podsOf('old')[0];
    h.eq([h.sec(old.status.startTime), h.sec(young.status.startTime)], [0, 60], 'start times');
    const up = h.podsOf('urgent')[0];
    const pe = h.events({ reason: 'Preempted' });
    h.eq(pe.map((e) => [e.involvedObject.name, e.message]), [[young.metadata.name, `Preempted by pod ${up.metadata.uid} on node b-1`]], 'the younger pod is the victim');
    h.noCond(old, 'DisruptionTarget');
    h.eq([up.status.nominatedNodeName, up.spec.nodeName], ['b-1', 'b-1'], 'preemptor nominated and bound to b-1');
  },
};
