// ScheduleAnyway counting honours the pod's nodeSelector by default (nodeAffinityPolicy Honor): the two
// matching pods on side-1 (zone a, no tier=x label) are not counted, so zone a counts 0 against zone b's 1 and
// a-1 gets the 200 spread points (193 + 200 against b-1's 150).
export default {
  id: 'scorefit/spread-score-affinity-policy-honor',
  source: 'podtopologyspread/scoring.go PreScore (processAllNode: c.matchNodeInclusionPolicies(pod, node, requiredNodeAffinity) before counting); common.go matchNodeInclusionPolicies (NodeAffinityPolicy Honor by default); NodeInclusionPolicyInPodTopologySpread GA',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a, tier: x } }
    - { name: side, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b, tier: x } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: side }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: side-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: other }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web } }
    spec:
      nodeSelector: { tier: x }
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('side').map((p) => p.spec.nodeName), ['side-1', 'side-1'], 'side pods');
    h.eq(h.podsOf('other')[0].spec.nodeName, 'b-1', 'other pod');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web pod');
  },
};
