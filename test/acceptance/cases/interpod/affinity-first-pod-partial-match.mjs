// The first-pod exception looks only for pods that match ALL the required affinity terms: a pod labelled
// only tier=web (zone b) matches one of the group's two terms, so no pod counts and the first group pod may
// go anywhere: it takes the big a-1 (counting the half-match would tie it to front's zone b).
export default {
  id: 'interpod/affinity-first-pod-partial-match',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go appendWithAffinityTerms (counts only a pod that matches ALL terms), satisfyPodAffinity (len(state.affinityCounts) == 0 && podMatchesAllAffinityTerms -> true); filtering_test.go TestRequiredAffinityMultipleNodes ("... the match logic should be satisfied on the same pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: grp, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: front }
spec:
  template:
    metadata: { labels: { tier: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: b }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: grp }
spec:
  suspend: true
  template:
    metadata: { labels: { app: grp, tier: web }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: grp } }, topologyKey: topology.kubernetes.io/zone }
          - { labelSelector: { matchLabels: { tier: web } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('front')[0].spec.nodeName, 'b-1', 'front on b-1');
    const p = h.podsOf('grp')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), [], 'no FailedScheduling');
    h.eq(p.spec.nodeName, 'a-1', 'first group pod free to take a-1');
  },
};
