// "late" is short of both cpu (2 of 1 left) and memory (3Gi of 1Gi left): fitsRequest lists cpu before memory and the kubelet keeps the first: OutOfcpu "requested: 2000, used: 3000, capacity: 4000".
export default {
  id: 'kubeevents/adm04-cpu-before-memory',
  source: 'pkg/scheduler/framework/plugins/noderesources/fit.go fitsRequest (cpu appended before memory); lifecycle/predicate.go Admit (reasons[0] -> OutOfcpu)',
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
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "3", memory: 3Gi } } }]
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
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "2", memory: 3Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('late')[0];
    const msg = "Node didn't have enough resource: cpu, requested: 2000, used: 3000, capacity: 4000";
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Warning', 'OutOfcpu', msg]], 'kubelet events of the rejected pod');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfcpu', `Pod was rejected: ${msg}`], 'rejected pod status');
    h.eq(h.podsOf('first')[0].status.phase, 'Running', 'the first pod runs');
  },
};
