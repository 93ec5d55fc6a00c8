// nodeAffinityPolicy defaults to Honor: zone c, whose node fails the pod's nodeSelector, is not a
// domain, so the global minimum is over a and b only and four pods bind two per zone (had c counted
// as an empty domain, the third pod would have skew 1+1-0 = 2 everywhere).
export default {
  id: 'spread/honor-policy-excludes-domain',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/common.go filterTopologySpreadConstraints (NodeAffinityPolicy defaults to Honor), matchNodeInclusionPolicies; filtering_test.go TestSingleConstraint ("NodeAffinityPolicy honored with nodeSelector")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a, tier: x } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b, tier: x } }
    - { name: c, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: c } }
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
      nodeSelector: { tier: x }
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName).sort(), ['a-1', 'a-1', 'b-1', 'b-1'], 'two per selected zone');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
