// InterPodAffinity checks the pod's affinity, then its anti-affinity, then the placed pods' anti-affinity,
// and returns the first failure. w-1 holds a cache pod but no db pod: it fails both the affinity and the
// anti-affinity and is counted for the affinity; w-2 holds both and fails the anti-affinity; w-3 is empty.
// Affinity is UnschedulableAndUnresolvable, anti-affinity Unschedulable (the cache pod is of equal priority).
export default {
  id: 'schedmsg/ipa-affinity-before-anti-affinity',
  source: 'interpodaffinity/filtering.go Filter (satisfyPodAffinity -> UnschedulableAndUnresolvable ErrReasonAffinityRulesNotMatch; satisfyPodAntiAffinity -> Unschedulable ErrReasonAntiAffinityRulesNotMatch; satisfyExistingPodsAntiAffinity -> Unschedulable); types.go FitError.Error; preemption.go Preempt',
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
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: app }, spec: { template: { metadata: { labels: { app: web } }, spec: { restartPolicy: Never, affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: db } }, topologyKey: kubernetes.io/hostname }] }, podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: cache } }, topologyKey: kubernetes.io/hostname }] } }, containers: [{ name: c, image: busybox }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: cache1 }
spec:
  template:
    metadata: { labels: { app: cache }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: cache2 }
spec:
  template:
    metadata: { labels: { app: cache }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('app')[0];
    const msg = "0/3 nodes are available: 1 node(s) didn't match pod anti-affinity rules, 2 node(s) didn't match pod affinity rules. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message)], ['False', 'Unschedulable', msg], 'PodScheduled');
  },
};
