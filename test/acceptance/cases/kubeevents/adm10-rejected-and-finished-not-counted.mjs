// Three pods created bound to one 4-cpu node, in order: a (3 cpu, runs 1h), b (2 cpu) rejected OutOfcpu "used: 3000",
// c (1 cpu) admitted: the rejected, Failed b is not an active pod (used stays 3000, 3000+1000 <= 4000). At +60s d
// (1 cpu) is created: c has Succeeded at +10s and no longer counts either, so d is admitted too.
export default {
  id: 'kubeevents/adm10-rejected-and-finished-not-counted',
  source: 'pkg/kubelet/kubelet_pods.go filterOutInactivePods (terminal, not terminating pods are inactive); kubelet.go HandlePodAdditions (admission against the active pods); lifecycle/predicate.go Admit',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: d }
      spec:
        template:
          spec:
            nodeName: w-1
            containers: [{ name: main, image: app:1, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
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
metadata: { name: b }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: c }
spec:
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const [b] = h.podsOf('b'), [c] = h.podsOf('c'), [d] = h.podsOf('d');
    h.eq(h.events({ name: b.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[0, 'OutOfcpu', "Node didn't have enough resource: cpu, requested: 2000, used: 3000, capacity: 4000"]], 'b rejected');
    h.eq(h.events({ name: c.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'Pulled'], [0, 'Created'], [0, 'Started']], 'c admitted');
    h.eq(h.events({ name: d.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[60, 'Pulled'], [60, 'Created'], [60, 'Started']], 'd admitted');
    h.eq([c.status.phase, d.status.phase], ['Succeeded', 'Succeeded'], 'c and d ran');
  },
};
