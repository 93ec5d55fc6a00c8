// Only pods of the incoming pod's namespace are counted: two app=web pods of namespace "other" on a-1
// do not stop a default-namespace app=web pod from taking the bigger a-1 (counted, its skew would be
// 2+1-0 = 3). A second default-namespace pod (10s) counts the first one: a is 1+1-0 = 2, so b-1.
export default {
  id: 'spread/other-namespace-not-counted',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/common.go countPodsMatchSelector (pod.Namespace != ns -> skipped); filtering.go updateWithPod (updatedPod.Namespace != preemptorPod.Namespace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
  - { at: 10s, patch: { kind: Job, name: web2, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: elsewhere, namespace: other }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web2 }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('elsewhere').map((p) => p.spec.nodeName), ['a-1', 'a-1'], 'other namespace on a-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'default-namespace pod on a-1');
    h.eq(h.podsOf('web2')[0].spec.nodeName, 'b-1', 'the default-namespace pod on a-1 is counted: web2 forced to b-1');
  },
};
