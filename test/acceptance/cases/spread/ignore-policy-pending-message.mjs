// Same cluster as honor-policy-excludes-domain but nodeAffinityPolicy: Ignore: zone c counts as an
// empty domain, so after a and b hold one pod each the rest fail the skew check on a-1 and b-1
// (1+1-0 = 2 > 1) and c-1 fails the nodeSelector.
export default {
  id: 'spread/ignore-policy-pending-message',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/common.go matchNodeInclusionPolicies; filtering.go Filter; framework/types.go FitError.Error (sort.Strings of "count reason"); preemption: UnschedulableAndUnresolvable nodes "Preemption is not helpful for scheduling"',
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
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, nodeAffinityPolicy: Ignore, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('web');
    h.eq(pods.filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName).sort(), ['a-1', 'b-1'], 'one per selected zone');
    const pending = pods.filter((p) => !p.spec.nodeName);
    h.eq(pending.length, 2, 'two Pending');
    for (const p of pending)
      h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ["0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 node(s) didn't match pod topology spread constraints. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."], `message of ${p.metadata.name}`);
  },
};
