// Job pods get no system default spreading (the defaults need a Service, ReplicaSet, StatefulSet or
// ReplicationController selecting the pod): six pods of one Job all land on the 64-cpu big-1 (LeastAllocated
// 198..190 against 175 for the 4-cpu small-1). The default hostname constraint (maxSkew 3, ScheduleAnyway) would
// send the later ones to small-1 (big-1 with 5 pods: raw round(5 ln 4 + 2) = 9 -> 22, small-1 100).
export default {
  id: 'scorefit/job-pods-no-default-spreading',
  source: 'podtopologyspread/plugin.go buildDefaultConstraints (helper.DefaultSelector(pod, services, rcs, rss, sss); selector.Empty() -> no constraints); scoring.go PreScore (no constraints -> Skip); apis/config/v1 defaults (systemDefaulting: hostname maxSkew 3, zone maxSkew 5)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "64", memory: 128Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: small, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  completions: 6
  parallelism: 6
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName), Array(6).fill('big-1'), 'nodes of the six pods');
  },
};
