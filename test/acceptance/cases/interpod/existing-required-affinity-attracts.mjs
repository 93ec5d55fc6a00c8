// Symmetric scoring with hardPodAffinityWeight (1): a placed anchor whose REQUIRED affinity term matches
// tier=front pods draws a tier=front web pod (no affinity of its own) to the anchor's node w-2, although the
// empty w-1 and w-3 have more room.
export default {
  id: 'interpod/existing-required-affinity-attracts',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go processExistingPod (existingPod.RequiredAffinityTerms, weight args.HardPodAffinityWeight, matched against the incoming pod); apis/config/v1/defaults.go (HardPodAffinityWeight 1); scoring_test.go TestPreferredAffinityWithHardPodAffinitySymmetricWeight',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: anchor }
spec:
  template:
    metadata: { labels: { tier: front, app: anchor }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { tier: front } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { tier: front, app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('anchor')[0].spec.nodeName, 'w-2', 'anchor on w-2 (first of its group)');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'w-2', 'web drawn to the anchor');
  },
};
