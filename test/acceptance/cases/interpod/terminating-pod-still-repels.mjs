// A terminating pod still counts for InterPodAffinity (no deletionTimestamp check, unlike topology spread):
// the x pod, deleted at 10s with its Job, ignores SIGTERM and holds w-1 until it is killed at 40s; the web
// pod (anti-affinity to app=x, hostname) created at 15s is Pending until then and bound at 40s.
export default {
  id: 'interpod/terminating-pod-still-repels',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go getIncomingAffinityAntiAffinityCounts (every pod of nodeInfo.GetPods(), no DeletionTimestamp check; cf. podtopologyspread/common.go which skips terminating pods); plugin.go isSchedulableAfterPodChange ("delete a pod which matches pod\'s anti-affinity" -> Queue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, delete: { kind: Job, name: x } }
  - { at: 15s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 30
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
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: x } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const x = h.podsOf('x')[0];
    h.eq(h.sec(x.metadata.deletionTimestamp), 40, 'x deleted at 10s with 30s grace');
    const p = h.podsOf('web')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[15, "0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."]], 'FailedScheduling while x terminates');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[40, `Successfully assigned default/${p.metadata.name} to w-1`]], 'Scheduled when x is gone');
  },
};
