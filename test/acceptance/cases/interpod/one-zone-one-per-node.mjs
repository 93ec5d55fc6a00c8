// The classic pairing: required affinity to its own label per zone plus required anti-affinity to it per node.
// The first pod may go anywhere (nothing matches yet), the second must join its zone on the other node, and
// the third finds that zone full: 2 nodes fail the anti-affinity (Unschedulable) and the 2 nodes of the other
// zone the affinity (UnschedulableAndUnresolvable).
export default {
  id: 'interpod/one-zone-one-per-node',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyPodAffinity (first-pod exception), satisfyPodAntiAffinity, Filter order and codes; framework/types.go FitError.Error (sorted histogram); website concepts/scheduling-eviction/assign-pod-node.md (co-locate in a zone, one per node)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: grp }
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: { labels: { app: grp }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: grp } }, topologyKey: topology.kubernetes.io/zone }
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: grp } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('grp');
    const bound = pods.filter((p) => p.spec.nodeName);
    h.eq(bound.length, 2, 'two bound');
    const zones = bound.map((p) => p.metadata.labels['topology.kubernetes.io/zone']);
    h.eq(zones[0], zones[1], 'same zone');
    h.assert(bound[0].spec.nodeName !== bound[1].spec.nodeName, 'different nodes');
    const pending = pods.filter((p) => !p.spec.nodeName);
    h.eq(h.events({ reason: 'FailedScheduling', name: pending[0].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[0, "0/4 nodes are available: 2 node(s) didn't match pod affinity rules, 2 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling."]], 'FailedScheduling');
  },
};
