// Both waiting pods are still backing off when the node frees at +60s (refused at +59.2s and +59.5s,
// backoff 1s, expiries truncated to the same 1s window), so both go to the backoffQ. With the activeQ
// empty the scheduler pops the backoffQ, which orders one window by priority: the high pod (1000,
// Never), refused later, is bound at +60s, the low one when it ends at +70s.
export default {
  id: 'prio/queue-backoffq-window-priority',
  source: 'backend/queue/backoff_queue.go lessBackoffCompletedWithPriority (same aligned backoff time -> activeQLessFn), alignToWindow (Truncate 1s), isPodBackingoff (!boTime.Before(alignToWindow(now))); active_queue.go unlockedPop (SchedulerPopFromBackoffQ)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 59.2s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: low }, spec: { template: { spec: { containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 59.5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: high }, spec: { template: { spec: { priorityClassName: polite, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: polite }
value: 1000
preemptionPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 2000
---
apiVersion: batch/v1
kind: Job
metadata: { name: run }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "60s" } }
    spec:
      priorityClassName: top
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const at = (j) => h.events({ reason: 'Scheduled', name: h.podsOf(j)[0].metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(['run', 'high', 'low'].map(at), [[0], [60], [70]], 'bind times');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no preemption');
  },
};
