// Required podAntiAffinity to its own label with topologyKey zone: zone a (two nodes) and zone b (one node)
// take one pod each; the third pod fails on all three nodes with the anti-affinity reason (Unschedulable:
// preemption runs and finds no lower-priority victims).
export default {
  id: 'interpod/anti-affinity-one-per-zone',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyPodAntiAffinity (antiAffinityCounts per topology pair), Filter (fwk.Unschedulable, ErrReasonAntiAffinityRulesNotMatch); website concepts/scheduling-eviction/assign-pod-node.md (inter-pod anti-affinity, topologyKey zone)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: spread }
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: { labels: { app: spread }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: spread } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('spread');
    const bound = pods.filter((p) => p.spec.nodeName);
    h.eq(bound.length, 2, 'two bound');
    h.eq(bound.map((p) => p.metadata.labels['topology.kubernetes.io/zone']).sort(), ['a', 'b'], 'one per zone');
    const pending = pods.filter((p) => !p.spec.nodeName);
    h.eq(pending.length, 1, 'one pending');
    const msg = "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.";
    h.eq(h.events({ reason: 'FailedScheduling', name: pending[0].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, msg]], 'FailedScheduling');
    const c = h.anyCond(pending[0], 'PodScheduled');
    h.eq([c?.status, c?.reason, c?.message], ['False', 'Unschedulable', msg], 'PodScheduled');
  },
};
