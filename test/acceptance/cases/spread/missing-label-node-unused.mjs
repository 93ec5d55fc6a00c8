// The big unlabelled node would win every score, but it lacks the zone key, so both pods go to the
// labelled a-1 (maxSkew 2: the second pod's skew is 1+1-1 = 1 with a as the only domain).
export default {
  id: 'spread/missing-label-node-unused',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go calPreFilterState (nodeLabelsMatchSpreadConstraints), Filter (missing key -> ErrReasonNodeLabelNotMatch); filtering_test.go TestSingleConstraint ("pod is scheduled on the node with the required topology label")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: nolabel, count: 1, capacity: { cpu: "64", memory: 128Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 2, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName).sort(), ['a-1', 'a-1'], 'both on the labelled node');
  },
};
