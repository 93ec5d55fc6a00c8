// The expressions of one preferred term are ANDed: both-1 (disk=ssd and net=fast) gets the term's weight
// (173 + 2 * 100), one-1 (disk=ssd only) gets nothing (191 + 0), though it is the emptier 16-cpu node.
export default {
  id: 'schedplug/preferred-affinity-expressions-anded',
  source: 'component-helpers scheduling/corev1/nodeaffinity newNodeSelectorTerm / nodeSelectorTerm.match (matchLabels from nodeSelectorRequirementsAsSelector: every requirement must match); PreferredSchedulingTerms.Score; nodeaffinity node_affinity.go NormalizeScore; default_plugins.go (NodeAffinity weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: both, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { disk: ssd, net: fast } }
    - { name: one, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, labels: { disk: ssd } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: p }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 50
            preference:
              matchExpressions:
              - { key: disk, operator: In, values: [ssd] }
              - { key: net, operator: In, values: [fast] }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const p = h.podsOf('p')[0];
    h.eq(p.spec.nodeName, 'both-1', 'p placed on both-1');
  },
};
