// A pod without a class gets the globalDefault's value (100) at admission and is queued by it: it
// overtakes a pod of the explicit class "bulk" (50) that has waited longer, and follows one of
// "urgent" (200) that arrived after it.
export default {
  id: 'prio/queue-global-default-value-orders',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (getDefaultPriority -> pod.Spec.Priority); plugins/queuesort/priority_sort.go Less',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: bulk }, spec: { template: { spec: { priorityClassName: bulk, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: plain }, spec: { template: { spec: { containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: urgent }, spec: { template: { spec: { priorityClassName: urgent, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: std }
value: 100
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: bulk }
value: 50
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: urgent }
value: 200
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 1000
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
    h.eq(['run', 'urgent', 'plain', 'bulk'].map(at), [[0], [60], [70], [80]], 'bind times');
    const p = h.podsOf('plain')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority], ['std', 100], 'plain pod priority');
  },
};
