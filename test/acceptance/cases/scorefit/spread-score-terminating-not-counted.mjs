// A terminating pod (deletionTimestamp set) is bypassed by PodTopologySpread's counting: first's pod on f-1
// ignores SIGTERM and holds its room until 35s, but at 10s zone a counts 0 like zone b, and resources pick
// the empty 16-cpu a-1 (193) over b-1 (133); counting it would give b-1 all 200 spread points.
export default {
  id: 'scorefit/spread-score-terminating-not-counted',
  source: 'podtopologyspread/common.go countPodsMatchSelector ("Bypass terminating Pod (see #87621)": DeletionTimestamp != nil); scoring.go PreScore/Score',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: f, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: a, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: 1500m, memory: 3Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, delete: { kind: Job, name: first } }
  - { at: 10s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      nodeSelector: { kubernetes.io/hostname: f-1 }
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
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const first = h.of('Pod').find((p) => p.metadata.name.startsWith('first-'));
    h.eq(first.spec.nodeName, 'f-1', 'first on f-1');
    h.eq(h.sec(first.status.containerStatuses[0].state.terminated.finishedAt), 35, 'first pod ended at 35s (terminating at 10s)');
    const web = h.podsOf('web')[0];
    h.eq(h.sec(web.metadata.creationTimestamp), 10, 'web pod created at 10s');
    h.eq(web.spec.nodeName, 'a-1', 'web pod');
  },
};
