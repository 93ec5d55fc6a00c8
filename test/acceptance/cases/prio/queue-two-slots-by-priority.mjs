// A 2-cpu pod ends at +60s and frees room for two of the three waiting 1-cpu pods: the two highest
// (300, 200) are bound at once, the lowest (100, the first to arrive) when they end at +70s.
export default {
  id: 'prio/queue-two-slots-by-priority',
  source: 'plugins/queuesort/priority_sort.go Less; backend/queue/scheduling_queue.go MoveAllToActiveOrBackoffQueue, AddUnschedulableIfNotPresent; schedule_one.go ScheduleOne (one pod per cycle, assumed in the cache)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: c100 }, spec: { template: { spec: { priorityClassName: c100, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: c200 }, spec: { template: { spec: { priorityClassName: c200, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: c300 }, spec: { template: { spec: { priorityClassName: c300, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: c100 }
value: 100
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: c200 }
value: 200
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: c300 }
value: 300
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "60s" } }
    spec:
      priorityClassName: top
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const at = (j) => h.events({ reason: 'Scheduled', name: h.podsOf(j)[0].metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(['big', 'c300', 'c200', 'c100'].map(at), [[0], [60], [60], [70]], 'bind times');
    h.eq(h.podsOf('c100')[0].spec.nodeName, 'w-1', 'c100 bound');
  },
};
