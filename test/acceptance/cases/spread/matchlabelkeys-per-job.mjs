// matchLabelKeys [batch.kubernetes.io/job-name] narrows the selector app=web to the incoming pod's own
// Job. Two app=web pods of Job "first" sit on a-1; Job "second" spreads only its own pods: its first
// pod takes the big a-1, its second must go to b-1 (a: 1+1-0 = 2). Without the key, first's pods
// would count and second's pods could not reach a (2+1-0 = 3) nor both fit b.
export default {
  id: 'spread/matchlabelkeys-per-job',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/common.go filterTopologySpreadConstraints (MatchLabelKeys values from the pod\'s labels merged into the selector), pkg/registry/core/pod/strategy.go applyMatchLabelKeys (1.34+: merged into labelSelector at pod creation); filtering_test.go ("matchLabelKeys")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: second, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: second }
spec:
  suspend: true
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: topology.kubernetes.io/zone
        whenUnsatisfiable: DoNotSchedule
        labelSelector: { matchLabels: { app: web } }
        matchLabelKeys: [batch.kubernetes.io/job-name]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('first').map((p) => p.spec.nodeName), ['a-1', 'a-1'], 'first on a-1');
    h.eq(h.podsOf('second').map((p) => p.spec.nodeName).sort(), ['a-1', 'b-1'], 'second spread over its own pods');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
