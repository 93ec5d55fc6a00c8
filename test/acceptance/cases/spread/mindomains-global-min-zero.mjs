// minDomains 3 with only two zones: the global minimum is taken as 0, so once each zone holds one
// pod every node has skew 1+1-0 = 2 > 1 and the other two pods stay Pending (without minDomains all
// four would bind, two per zone).
export default {
  id: 'spread/mindomains-global-min-zero',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go preFilterState.minMatchNum (domainsNum < minDomains -> 0); filtering_test.go ("minDomains is greater than the number of domains")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
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
      - { maxSkew: 1, minDomains: 3, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('web');
    h.eq(pods.filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName).sort(), ['a-1', 'b-1'], 'one per zone');
    const pending = pods.filter((p) => !p.spec.nodeName);
    h.eq(pending.length, 2, 'two Pending');
    for (const p of pending)
      h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ["0/2 nodes are available: 2 node(s) didn't match pod topology spread constraints. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."], `message of ${p.metadata.name}`);
  },
};
