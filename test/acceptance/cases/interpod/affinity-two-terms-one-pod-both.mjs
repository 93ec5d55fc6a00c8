// Two required podAffinity terms (app=db on the same host, tier=store in the same zone) met by one pod that
// carries both labels on b-1: the web pod goes to b-1 although the big a-1 would win every score.
export default {
  id: 'interpod/affinity-two-terms-one-pod-both',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering_test.go TestRequiredAffinityMultipleNodes ("Test incoming pod\'s affinity: firstly check if all affinityTerms match, and then check if all topologyKeys match"); filtering.go satisfyPodAffinity',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db, tier: store }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: db } }, topologyKey: kubernetes.io/hostname }
          - { labelSelector: { matchLabels: { tier: store } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('db')[0].spec.nodeName, 'b-1', 'db on b-1');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, 'b-1', 'web with the pod that matches both terms');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
