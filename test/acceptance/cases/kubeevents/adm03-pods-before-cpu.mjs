// Node w-1 allows 1 pod and 4 cpu; "first" (3 cpu) runs; "late" (2 cpu), created after it, is short of both pods and cpu: fitsRequest appends the pod count first and the kubelet reports only reasons[0]: OutOfpods "requested: 1, used: 1, capacity: 1".
export default {
  id: 'kubeevents/adm03-pods-before-cpu',
  source: 'pkg/scheduler/framework/plugins/noderesources/fit.go fitsRequest (pod count checked first, then cpu, memory); lifecycle/predicate.go Admit ("we only return the first one as a reason": reasons[0])',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 1 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "3" } } }]
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
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('late')[0];
    const msg = "Node didn't have enough resource: pods, requested: 1, used: 1, capacity: 1";
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Warning', 'OutOfpods', msg]], 'kubelet events of the rejected pod');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfpods', `Pod was rejected: ${msg}`], 'rejected pod status');
    h.eq(h.podsOf('first')[0].status.phase, 'Running', 'the first pod runs');
  },
};
