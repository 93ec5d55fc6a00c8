// The queue compares priority values, not class names: two classes of the same value (5) are one
// level, ordered by arrival (b-class pod first, it came first), and a class valued 6 beats both.
export default {
  id: 'prio/queue-equal-value-fifo-across-classes',
  source: 'pkg/scheduler/framework/plugins/queuesort/priority_sort.go Less (corev1helpers.PodPriority: spec.priority only; Timestamp on ties)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: zb }, spec: { template: { spec: { priorityClassName: bravo, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: za }, spec: { template: { spec: { priorityClassName: alpha, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: six }, spec: { template: { spec: { priorityClassName: six, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: alpha }
value: 5
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: bravo }
value: 5
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: six }
value: 6
preemptionPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 100
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
    h.eq(['run', 'six', 'zb', 'za'].map(at), [[0], [60], [70], [80]], 'bind times');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no preemption');
  },
};
