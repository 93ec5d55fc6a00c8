// A preemptor nominated to a node holds its room against pods of lower or equal priority; when the
// preemptor is deleted (its Job deleted) while its victim is still terminating, the low-priority pod that
// its nomination kept out is requeued at once and binds then, not when the victim is finally gone.
export default {
  id: 'schedplug/nominated-pod-deleted-requeues',
  source: 'pkg/scheduler/eventhandlers.go deletePodFromSchedulingQueue ("when a pod that had nominated node is deleted, it can unblock scheduling of other pods": MoveAllToActiveOrBackoffQueue(EventAssignedPodDelete, pod, nil, getLEPriorityPreCheck(priority))); noderesources/fit.go isSchedulableAfterPodEvent (deleted pod with NominatedNodeName: Queue); framework/runtime RunFilterPluginsWithNominatedPods',
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
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }] } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: q }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 40s, delete: { kind: Job, name: hi } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
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
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const hi = h.podsOf('hi')[0];
    const victim = h.podsOf('low')[0];
    h.eq(h.events({ reason: 'Preempted', name: victim.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [10], 'low preempted at +10s');
    h.eq([hi.status.nominatedNodeName, hi.spec.nodeName, h.sec(hi.metadata.deletionTimestamp)], ['w-1', undefined, 40], 'hi nominated, never bound, deleted at +40s');
    const q = h.podsOf('q')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: q.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]),
      [[20, '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'q kept out by the nomination');
    h.eq(h.events({ reason: 'Scheduled', name: q.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[40, `Successfully assigned default/${q.metadata.name} to w-1`]], 'q bound when the nominated pod is deleted');
  },
};
