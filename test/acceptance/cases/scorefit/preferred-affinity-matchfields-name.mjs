// A preferred term may name a node by matchFields metadata.name: b-2 scores 150 + 2 * 100 = 350, above the
// empty 16-cpu a-1 (193) and its twin b-1 (150), for every seed.
export default {
  id: 'scorefit/preferred-affinity-matchfields-name',
  source: 'component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go PreferredSchedulingTerms.Score (term.match(nodeLabels, nodeFields), extractNodeFields: metadata.name); nodeaffinity/node_affinity_test.go TestNodeAffinityPriority; default_plugins.go (NodeAffinity weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 } }
    - { name: b, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 1, preference: { matchFields: [{ key: metadata.name, operator: In, values: [b-2] }] } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'b-2', 'node of the pod');
  },
};
