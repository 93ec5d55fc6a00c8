// Pods with required affinity to their own label (app=grp, topologyKey zone): the first may go
// anywhere (no pod matches anywhere and it matches its own term); the rest must follow it into the
// same zone. Without the rule LeastAllocated would spread them over the two equal nodes.
export default {
  id: 'spread/ipa-affinity-first-of-group',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyPodAffinity (len(affinityCounts) == 0 && podMatchesAllAffinityTerms(terms, pod) -> allowed); filtering_test.go ("A pod that matches its own affinity term ... first pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const nodes = h.podsOf('grp').map((p) => p.spec.nodeName);
    h.eq(nodes.filter(Boolean).length, 3, 'all bound');
    h.eq(new Set(nodes).size, 1, `all on one node: ${nodes}`);
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
