// Five pods wait for the only cpu behind a higher-priority pod (no victims possible). When it ends at
// +60s they are bound one per 10s in priority order (500, 500, 10, 0, -5), the two of equal priority in
// arrival order, whatever order they arrived in.
export default {
  id: 'prio/queue-five-waiting-by-priority',
  source: 'pkg/scheduler/framework/plugins/queuesort/priority_sort.go Less (p1 > p2 || (p1 == p2 && Timestamp.Before)); backend/queue/scheduling_queue.go MoveAllToActiveOrBackoffQueue; default_preemption SelectVictimsOnNode ("No preemption victims found for incoming pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: low }, spec: { template: { spec: { priorityClassName: low, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mid1 }, spec: { template: { spec: { priorityClassName: mid, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: plain }, spec: { template: { spec: { containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 40s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: neg }, spec: { template: { spec: { priorityClassName: neg, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 50s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mid2 }, spec: { template: { spec: { priorityClassName: mid, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 1000000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: mid }
value: 500
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: low }
value: 10
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: neg }
value: -5
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
    h.eq(['run', 'mid1', 'mid2', 'low', 'plain', 'neg'].map(at), [[0], [60], [70], [80], [90], [100]], 'bind times');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no preemption');
    h.eq(h.events({ reason: 'FailedScheduling', name: h.podsOf('mid1')[0].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[20, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'mid1 refused once');
    h.eq(h.sec(h.hasCond(h.job('neg'), 'Complete').lastTransitionTime), 111, 'neg completes last');
  },
};
