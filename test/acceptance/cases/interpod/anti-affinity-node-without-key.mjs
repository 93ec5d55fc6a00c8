// A node without the anti-affinity term's topologyKey is no domain at all: self anti-affinity per "rack"
// allows one pod on the racked node r-1, while the unracked node u-1 takes any number of them.
export default {
  id: 'interpod/anti-affinity-node-without-key',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyPodAntiAffinity (only terms whose TopologyKey the node has), topologyToMatchedTermCount.update (a node without the key adds nothing); filtering_test.go ("only when labelSelector and topologyKey both match, it\'s counted as a single term match - case when one term has invalid topologyKey")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: r, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { rack: r1 } }
    - { name: u, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: solo }
spec:
  parallelism: 4
  completions: 4
  template:
    metadata: { labels: { app: solo }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: solo } }, topologyKey: rack }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const nodes = h.podsOf('solo').map((p) => p.spec.nodeName).sort();
    h.eq(nodes, ['r-1', 'u-1', 'u-1', 'u-1'], 'one on the racked node, the rest on the unracked one');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
