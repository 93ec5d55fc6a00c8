// A terminating pod still satisfies required affinity: the db pod on w-2 is deleted with its Job at 10s and
// ignores SIGTERM for its 60s grace period; a web pod created at 20s with required affinity to app=db
// (hostname) is bound to w-2 at once.
export default {
  id: 'interpod/terminating-pod-still-attracts',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go getIncomingAffinityAntiAffinityCounts / appendWithAffinityTerms (every pod of nodeInfo.GetPods(), no DeletionTimestamp check); pkg/scheduler/eventhandlers.go (the cache drops a pod only on its delete event)',
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
  - { at: 10s, delete: { kind: Job, name: db } }
  - { at: 20s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 60
      nodeSelector: { kubernetes.io/hostname: w-2 }
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
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const db = h.podsOf('db')[0];
    h.eq(h.sec(db.metadata.deletionTimestamp), 70, 'db terminating from 10s to 70s');
    const p = h.podsOf('web')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).length, 0, 'no FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[20, `Successfully assigned default/${p.metadata.name} to w-2`]], 'bound next to the terminating db pod');
  },
};
