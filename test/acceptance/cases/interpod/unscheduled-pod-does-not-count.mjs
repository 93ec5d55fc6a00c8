// Only pods assigned to a node count for required affinity: the db pod exists but is Pending (its nodeSelector
// matches no node), so the web pod, which does not match its own term, fails on every node.
export default {
  id: 'interpod/unscheduled-pod-does-not-count',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go getIncomingAffinityAntiAffinityCounts (pods of the snapshot\'s NodeInfos only), satisfyPodAffinity; plugin.go isSchedulableAfterPodChange ("the added/updated/deleted pod is unscheduled, so it doesn\'t make the target pod schedulable")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db } }
    spec:
      nodeSelector: { disk: ssd }
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
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const db = h.podsOf('db')[0];
    h.eq(db.spec.nodeName, undefined, 'db Pending');
    h.eq(h.events({ reason: 'FailedScheduling', name: db.metadata.name }).map((e) => e.message),
      ["0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."], 'db message');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, undefined, 'web not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[5, "0/2 nodes are available: 2 node(s) didn't match pod affinity rules. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."]], 'web message');
  },
};
