// Pod Priority and Preemption, "Effect of Pod priority on scheduling order": "the higher priority Pod may be scheduled
// sooner than Pods with lower priority if its scheduling requirements are met. If such Pod cannot be scheduled, the
// scheduler will continue and try to schedule other lower priority Pods." The page's high-priority class (1000000):
// its pod asks 3 CPUs of 2-CPU nodes, is tried first (priority queue), fails, and preemption cannot help (no node
// could ever hold it); the priority-0 pod created in the same instant is bound right after it, and runs to completion.
export default {
  id: 'podlife/pl15-prio-doc-unschedulable-high-lets-lower-through',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Example PriorityClass", "Pod priority" and "Effect of Pod priority on scheduling order"; queuesort/priority_sort.go; noderesources/fit.go (request above allocatable: UnschedulableAndUnresolvable since 1.34 -> "Preemption is not helpful for scheduling")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: order}
spec:
  duration: 2m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high-priority
value: 1000000
globalDefault: false
description: "This priority class should be used for XYZ service pods only."
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      priorityClassName: high-priority
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "3"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: small}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const big = h.podsOf('big')[0], small = h.podsOf('small')[0];
    h.eq([big.spec.priority, big.spec.preemptionPolicy, small.spec.priority], [1000000, 'PreemptLowerPriority', 0], 'priorities');
    const sched = h.events({ kind: 'Pod' }).filter((e) => e.source.component === 'default-scheduler').map((e) => [h.sec(e.firstTimestamp), e.reason, e.involvedObject.name]);
    h.eq(sched, [
      [0, 'FailedScheduling', big.metadata.name],
      [0, 'Scheduled', small.metadata.name],
    ], 'the high pod is tried first, then the lower one is bound');
    h.eq(h.events({ reason: 'FailedScheduling' })[0].message, '0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', 'message');
    h.eq([small.status.phase, big.status.phase], ['Succeeded', 'Pending'], 'phases');
  },
};
