// A BestEffort pod (no requests) bound to a node whose cpu and memory are fully requested: fitsRequest checks only
// the pod count when the pod requests nothing, so the kubelet admits it and it runs, while a pod asking 100m is
// rejected OutOfcpu "requested: 100, used: 4000, capacity: 4000".
export default {
  id: 'kubeevents/adm09-besteffort-on-full-node',
  source: 'pkg/scheduler/framework/plugins/noderesources/fit.go fitsRequest (after the pod count: all requests zero -> return); lifecycle/predicate.go Admit',
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
metadata: { name: big }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "4", memory: 4Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: be }
spec:
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: small }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const be = h.podsOf('be')[0], small = h.podsOf('small')[0];
    h.eq([be.status.phase, be.status.reason], ['Succeeded', undefined], 'best-effort pod ran');
    h.eq(h.events({ name: be.metadata.name }).map((e) => e.reason), ['Pulled', 'Created', 'Started'], 'best-effort events');
    h.eq(h.events({ name: small.metadata.name }).map((e) => [e.reason, e.message]), [['OutOfcpu', "Node didn't have enough resource: cpu, requested: 100, used: 4000, capacity: 4000"]], 'small rejected');
  },
};
