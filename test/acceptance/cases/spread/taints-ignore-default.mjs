// nodeTaintsPolicy defaults to Ignore: the tainted zone c still counts as an empty domain, so after
// a and b hold one pod each the other two pods fail the skew check and c fails its taint.
export default {
  id: 'spread/taints-ignore-default',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/common.go filterTopologySpreadConstraints (NodeTaintsPolicy defaults to Ignore); filtering.go Filter; framework/types.go FitError.Error',
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
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('web');
    h.eq(pods.filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName).sort(), ['a-1', 'b-1'], 'one per untainted zone');
    const pending = pods.filter((p) => !p.spec.nodeName);
    h.eq(pending.length, 2, 'two Pending');
    for (const p of pending)
      h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ["0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match pod topology spread constraints. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."], `message of ${p.metadata.name}`);
  },
};
