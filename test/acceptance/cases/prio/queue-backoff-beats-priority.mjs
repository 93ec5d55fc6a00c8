// Priority orders the activeQ only. The high pod (1000, Never) fails at +59.5s and is still backing off
// (1s) when the node frees at +60s, so it goes to the backoffQ while the low pod, refused at +10s, goes
// to the activeQ and is popped first; high, popped from the backoffQ once the activeQ is empty,
// fails again and is bound when low ends at +70s.
export default {
  id: 'prio/queue-backoff-beats-priority',
  source: 'backend/queue/scheduling_queue.go requeuePodWithQueueingStrategy (isPodBackingoff -> backoffQ, else activeQ); backoff_queue.go calculateBackoffDuration (podInitialBackoff 1s); active_queue.go unlockedPop (backoffQ popped only when activeQ is empty, SchedulerPopFromBackoffQ); queuesort Less',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: low }, spec: { template: { spec: { containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 59.5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: high }, spec: { template: { spec: { priorityClassName: polite, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
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
    const at = (j) => h.events({ reason: 'Scheduled', name: h.podsOf(j)[0].metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(['run', 'low', 'high'].map(at), [[0], [60], [70]], 'bind times');
    const fs = h.events({ reason: 'FailedScheduling', name: h.podsOf('high')[0].metadata.name });
    h.eq([h.sec(fs[0].firstTimestamp), fs[0].message], [59, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.'], 'high refused at +59.5s');
    h.eq(h.podsOf('low')[0].status.containerStatuses[0].state.terminated.finishedAt, '2026-01-01T00:01:10Z', 'low ends at +70s');
  },
};
