// Two required podAffinity terms must be met by ONE existing pod: a db pod and a cache pod side by side on
// w-1 do not satisfy "app=db AND app=cache" (no pod carries both labels), so the web pod stays Pending.
export default {
  id: 'interpod/affinity-two-terms-need-one-pod',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering_test.go TestRequiredAffinityMultipleNodes ("Test incoming pod\'s affinity: firstly check if all affinityTerms match, and then check if all topologyKeys match, and the match logic should be satisfied on the same pod"); filtering.go updateWithAffinityTerms / appendWithAffinityTerms ("for each affinity term if targetPod matches ALL terms"), satisfyPodAffinity; plugin.go isSchedulableAfterPodChange comment ("PodAffinity looks for a **single** existing pod that can satisfy **all** the terms")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: cache }
spec:
  template:
    metadata: { labels: { role: cache }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web } }
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: db } }, topologyKey: kubernetes.io/hostname }
          - { labelSelector: { matchLabels: { role: cache } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('db')[0].spec.nodeName, 'w-1', 'db on w-1');
    h.eq(h.podsOf('cache')[0].spec.nodeName, 'w-1', 'cache on w-1');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, undefined, 'web not bound: no single pod matches both terms');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[10, "0/3 nodes are available: 3 node(s) didn't match pod affinity rules. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."]], 'FailedScheduling');
  },
};
