// The only node holds a guard whose required anti-affinity repels app=web; the web pod (no affinity of its
// own) is Pending from 5s and is retried and bound the moment the guard finishes at 30s.
export default {
  id: 'interpod/existing-anti-affinity-blocker-finishes',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/plugin_test.go Test_isSchedulableAfterPodChange ("delete a pod with anti-affinity that matches pending pod" -> Queue); plugin.go EventsToRegister (Pod Delete); filtering.go satisfyExistingPodsAntiAffinity',
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
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: guard }
spec:
  template:
    metadata: { labels: { app: guard }, annotations: { jobsim/duration: 30s } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: web } }, topologyKey: kubernetes.io/hostname }
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
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const g = h.podsOf('guard')[0];
    h.eq(h.sec(g.status.containerStatuses[0].state.terminated.finishedAt), 30, 'guard finished at 30s');
    const p = h.podsOf('web')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[5, "0/1 nodes are available: 1 node(s) didn't satisfy existing pods anti-affinity rules. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."]], 'FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30], 'bound when the guard finished');
  },
};
