// PrioritySort orders equal-priority pods by QueuedPodInfo.Timestamp, which AddUnschedulableIfNotPresent
// refreshes at every failed attempt. Pod a (created +0) is flushed after 5 minutes, fails again and so
// gets a Timestamp in (5m, 5m30s]; pod b failed once at +1m. When the node frees at +5m45s both move to
// the activeQ and b, the older Timestamp, is tried first and takes the only slot.
export default {
  id: 'scheduler2/queue-timestamp-refreshed',
  source: 'pkg/scheduler/backend/queue/scheduling_queue.go AddUnschedulableIfNotPresent ("Refresh the timestamp since the pod is re-added": pInfo.Timestamp = p.clock.Now()), flushUnschedulablePodsLeftover; plugins/queuesort/priority_sort.go Less (p1 == p2 && Timestamp.Before)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: b }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: occ }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "5m45s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('a')[0];
    const b = h.podsOf('b')[0];
    h.eq([a.spec.nodeName, b.spec.nodeName], [undefined, 'w-1'], 'b (older queue timestamp) gets the node, a keeps waiting');
    h.eq(h.events({ reason: 'Scheduled', name: b.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [345], 'b bound at +5m45s');
  },
};
