// After preempting, the room on the nominated node is the preemptor's: a lower-priority pod created
// half a second later does not get it (the node counts the nominated pod of higher priority, or the
// preemptor already bound), and it cannot preempt the preemptor.
export default {
  id: 'scheduler2/nominated-room-kept',
  source: 'framework/runtime RunFilterPluginsWithNominatedPods (addGENominatedPods: nominated pods of priority >= the pod count); default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
  - at: 60500ms
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: late }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const up = h.podsOf('urgent')[0];
    const late = h.podsOf('late')[0];
    h.eq(up.spec.nodeName, 'w-1', 'preemptor bound');
    h.eq(late.spec.nodeName, undefined, 'the late low pod waits');
    h.eq(h.events({ reason: 'Preempted' }).length, 1, 'one preemption only');
    h.eq(h.events({ reason: 'FailedScheduling', name: late.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'late FailedScheduling');
  },
};
