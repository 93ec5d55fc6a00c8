// A ScheduleAnyway constraint is not a filter: with b-1 holding one pod, all four pods bind (three
// in zone a at least), where DoNotSchedule would leave one Pending (see skew-blocks-when-full).
// (Which pods go where is left to scoring: see scheduleanyway-score-empty-zone.)
export default {
  id: 'spread/scheduleanyway-never-blocks',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go calPreFilterState (getConstraints keeps DoNotSchedule only; none -> Skip); common.go filterTopologySpreadConstraints(action)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
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
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const nodes = h.podsOf('web').map((p) => p.spec.nodeName);
    h.eq(nodes.filter(Boolean).length, 4, 'all four bound');
    h.assert(nodes.filter((n) => n === 'b-1').length <= 1, 'at most one on b-1 (its capacity)');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
