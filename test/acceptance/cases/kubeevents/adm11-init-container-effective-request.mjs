// The kubelet admits against the pod's effective request: max(init container, sum of app containers) = max(3, 0.5+0.5)
// = 3 cpu. With 2 cpu used on a 4-cpu node: OutOfcpu "requested: 3000, used: 2000, capacity: 4000", although the
// app containers alone (1 cpu) would fit.
export default {
  id: 'kubeevents/adm11-init-container-effective-request',
  source: 'pkg/scheduler/framework/plugins/noderesources/fit.go computePodResourceRequest -> component-helpers resource.PodRequests (max of init containers and the sum of containers); lifecycle/predicate.go Admit',
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
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      initContainers: [{ name: migrate, image: tool:1, resources: { requests: { cpu: "3" } } }]
      containers:
      - { name: part-1, image: app:1, resources: { requests: { cpu: 500m } } }
      - { name: part-2, image: app:1, resources: { requests: { cpu: 500m } } }
      restartPolicy: Never
`,
  check(r, h) {
    const [b] = h.podsOf('b');
    const msg = "Node didn't have enough resource: cpu, requested: 3000, used: 2000, capacity: 4000";
    h.eq(h.events({ name: b.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]), [[0, 'Warning', 'OutOfcpu', msg]], 'b rejected');
    h.eq([b.status.phase, b.status.reason, b.status.initContainerStatuses, b.status.containerStatuses], ['Failed', 'OutOfcpu', undefined, undefined], 'no container statuses');
  },
};
