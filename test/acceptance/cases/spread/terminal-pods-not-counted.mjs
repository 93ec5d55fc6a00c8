// Two app=web pods ran on a-1 and Succeeded; a later app=web pod with maxSkew 1 may still take the
// bigger a-1: terminal pods are not in the scheduler's cache (counted, its skew would be 2+1-0 = 3).
// A second one (70s) counts the running one and is forced to b-1.
export default {
  id: 'spread/terminal-pods-not-counted',
  source: 'kubernetes/kubernetes pkg/scheduler/scheduler.go newPodInformer (field selector status.phase!=Succeeded,status.phase!=Failed: terminal pods leave the cache); podtopologyspread/common.go countPodsMatchSelector',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 1m, patch: { kind: Job, name: web, spec: { suspend: false } } }
  - { at: 70s, patch: { kind: Job, name: web2, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: done }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web } }
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
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web2 }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('done').map((p) => [p.spec.nodeName, p.status.phase]), [['a-1', 'Succeeded'], ['a-1', 'Succeeded']], 'done pods');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web on a-1');
    h.eq(h.podsOf('web2')[0].spec.nodeName, 'b-1', 'the running web pod counts: web2 forced to b-1');
  },
};
