// "late" is short of memory AND its nodeSelector does not match the node: AdmissionCheck lists insufficient resources before NodeAffinity, and the kubelet reports reasons[0]: OutOfmemory in bytes "requested: 2147483648, used: 3221225472, capacity: 4294967296".
export default {
  id: 'kubeevents/adm05-memory-before-affinity',
  source: 'pkg/scheduler/schedule_one.go AdmissionCheck (noderesources.Fits first, then NodeAffinity, NodeName, NodePorts); lifecycle/predicate.go Admit (reasons[0] -> OutOfmemory)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { memory: 3Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: late }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      nodeSelector: { disk: ssd }
      containers: [{ name: main, image: app:1, resources: { requests: { memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('late')[0];
    const msg = "Node didn't have enough resource: memory, requested: 2147483648, used: 3221225472, capacity: 4294967296";
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Warning', 'OutOfmemory', msg]], 'kubelet events of the rejected pod');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfmemory', `Pod was rejected: ${msg}`], 'rejected pod status');
    h.eq(h.podsOf('first')[0].status.phase, 'Running', 'the first pod runs');
  },
};
