// PrioritySort: when room frees, the waiting pod of higher priority is tried first, even though it
// arrived later (its preemptionPolicy Never only stops it from preempting).
export default {
  id: 'scheduling/queue-priority-order',
  source: 'plugins/queuesort/priority_sort.go Less (priority, then timestamp); scheduling_queue.go MoveAllToActiveOrBackoffQueue; preemption PodEligibleToPreemptOthers (Never)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: low }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
  - at: 20s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: high }
      spec:
        template:
          spec:
            priorityClassName: polite
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: polite }
value: 1000
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: run }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "60s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const at = (j) => h.sec(h.events({ reason: 'Scheduled', name: h.podsOf(j)[0].metadata.name })[0].firstTimestamp);
    h.eq([at('run'), at('high'), at('low')], [0, 60, 70], 'run at 0, high at 60 (first out of the queue), low at 70');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no preemption');
    h.eq(h.events({ reason: 'FailedScheduling', name: h.podsOf('high')[0].metadata.name })[0].message, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.', 'high message');
  },
};
