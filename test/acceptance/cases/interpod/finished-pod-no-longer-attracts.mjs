// Required podAffinity to the pods of a Job that already completed: its Succeeded pod is out of the scheduler's
// cache, so no pod matches and the web pod is Pending with "didn't match pod affinity rules".
export default {
  id: 'interpod/finished-pod-no-longer-attracts',
  source: 'kubernetes/kubernetes pkg/scheduler/scheduler.go newPodInformer (status.phase!=Succeeded,status.phase!=Failed); interpodaffinity/filtering.go satisfyPodAffinity, Filter (UnschedulableAndUnresolvable ErrReasonAffinityRulesNotMatch)',
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
  - { at: 20s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 10s } }
    spec:
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
    h.hasCond(h.job('db'), 'Complete');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, undefined, 'web not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[20, "0/2 nodes are available: 2 node(s) didn't match pod affinity rules. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."]], 'FailedScheduling');
  },
};
