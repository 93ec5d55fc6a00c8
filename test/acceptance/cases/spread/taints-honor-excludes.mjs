// nodeTaintsPolicy: Honor drops the node with an untolerated taint from the domains: four pods bind
// two per untainted zone.
export default {
  id: 'spread/taints-honor-excludes',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/common.go matchNodeInclusionPolicies (NodeTaintsPolicy Honor: FindMatchingUntoleratedTaint with DoNotScheduleTaintsFilterFunc); filtering_test.go ("NodeTaintsPolicy honored")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
    - { name: c, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: c }, taints: [{ key: dedicated, value: x, effect: NoSchedule }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  parallelism: 4
  completions: 4
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, nodeTaintsPolicy: Honor, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName).sort(), ['a-1', 'a-1', 'b-1', 'b-1'], 'two per untainted zone');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
