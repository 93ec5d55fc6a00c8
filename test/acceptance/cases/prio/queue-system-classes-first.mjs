// The built-in classes sit above every user class: with a system-node-critical pod (2000001000) on the
// only cpu, a system-cluster-critical pod (2000000000) arriving after a pod of the highest user value
// (1000000000) is still bound first, and neither can preempt the node-critical pod.
export default {
  id: 'prio/queue-system-classes-first',
  source: 'pkg/apis/scheduling/types.go SystemClusterCritical/SystemNodeCritical values; plugins/queuesort/priority_sort.go Less; default_preemption SelectVictimsOnNode (only lower-priority pods are victims)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: user }, spec: { template: { spec: { priorityClassName: max-user, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: cluster }, spec: { template: { spec: { priorityClassName: system-cluster-critical, containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }], restartPolicy: Never } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: max-user }
value: 1000000000
---
apiVersion: batch/v1
kind: Job
metadata: { name: agent }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "60s" } }
    spec:
      priorityClassName: system-node-critical
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const at = (j) => h.events({ reason: 'Scheduled', name: h.podsOf(j)[0].metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(['agent', 'cluster', 'user'].map(at), [[0], [60], [70]], 'bind times');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no preemption');
    h.eq(h.podsOf('cluster')[0].spec.priority, 2000000000, 'cluster pod priority');
  },
};
