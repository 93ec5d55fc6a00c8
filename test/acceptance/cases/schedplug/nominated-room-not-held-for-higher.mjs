// A preemptor's nomination keeps its room only against pods of lower or equal priority: while mid (1000)
// waits on w-1 for its victim to terminate, top (2000) is filtered without mid's request and binds to w-1
// at once, and the equal-priority-to-low pod q (0) is refused there.
export default {
  id: 'schedplug/nominated-room-not-held-for-higher',
  source: 'framework/runtime/framework.go RunFilterPluginsWithNominatedPods / addGENominatedPods (only nominated pods with priority >= the pod\'s are added); preemption.go prepareCandidate; default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mid }, spec: { template: { spec: { priorityClassName: mid, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: q }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: top }, spec: { template: { spec: { priorityClassName: top, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: mid }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 2000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 120
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const victim = h.podsOf('low')[0];
    h.eq(h.events({ reason: 'Preempted', name: victim.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [10], 'low preempted at +10s by mid');
    const top = h.podsOf('top')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: top.metadata.name }).length, 0, 'top never refused');
    h.eq(h.events({ reason: 'Scheduled', name: top.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, `Successfully assigned default/${top.metadata.name} to w-1`]], 'top bound at once');
    const q = h.podsOf('q')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: q.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]).slice(0, 1),
      [[20, '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'q kept out by the nomination');
  },
};
