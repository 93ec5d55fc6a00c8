// selfMatchNum is 1 only when the incoming pod matches the constraint's selector. A pod labelled
// app=web spreading app=db pods: zone a has one app=db pod, skew 1+0-0 = 1 <= 1, so it may go to the
// much bigger a-1 (counting itself would give 2 and force it to b-1). At 10s an app=db pod with the
// same constraint does match itself and is forced to b-1.
export default {
  id: 'spread/self-not-matching',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go Filter (selfMatchNum = 1 only if c.Selector.Matches(podLabelSet)); filtering_test.go TestSingleConstraint ("incoming pod doesn\'t match itself")',
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
  - { at: 10s, patch: { kind: Job, name: db2, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
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
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: db } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: db2 }
spec:
  suspend: true
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: db } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('db')[0].spec.nodeName, 'a-1', 'db on a-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web on a-1: it does not count itself');
    h.eq(h.podsOf('db2')[0].spec.nodeName, 'b-1', 'db2 matches itself: a is 1+1-0 = 2, forced to b-1');
  },
};
