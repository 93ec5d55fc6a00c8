// DoNotSchedule maxSkew 1 over three single-node zones: three pods land one per zone, although
// LeastAllocated alone would put all three on the big a-1 (each later pod would make its zone's
// count 1 + 1 - 0 = 2 > 1 on an occupied zone).
export default {
  id: 'spread/zone-one-per-zone',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go Filter (matchNum + selfMatchNum - minMatchNum > maxSkew -> ErrReasonConstraintsNotMatch); filtering_test.go TestSingleConstraint',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
    - { name: c, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: c } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName).sort(), ['a-1', 'b-1', 'c-1'], 'one pod per zone');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
