// Two pods of the same lower priority: the victims are reprieved most important first (higher
// priority, then earlier start), so the pod started at +0s stays and the one started at +30s is
// preempted.
export default {
  id: 'scheduler2/preempt-later-start-victim',
  source: 'pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go SelectVictimsOnNode (sort.Slice(potentialVictims, util.MoreImportantPod); reprievePod); pkg/scheduler/util/utils.go MoreImportantPod (priority, then GetPodStartTime earlier)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: second }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            priorityClassName: low
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: low }
value: 10
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 100
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: low
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const up = h.podsOf('urgent')[0];
    const pe = h.events({ reason: 'Preempted' });
    h.eq(pe.map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [[60, h.podsOf('second')[0].metadata.name, `Preempted by pod ${up.metadata.uid} on node w-1`]], 'the later-started pod is the victim');
    h.noCond(h.podsOf('first')[0], 'DisruptionTarget');
    h.eq(h.podsOf('first')[0].metadata.deletionTimestamp, undefined, 'the earlier pod stays');
    h.eq(up.spec.nodeName, 'w-1', 'preemptor bound');
  },
};
