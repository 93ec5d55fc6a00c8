// Pod Priority and Preemption, "Non-preempting PriorityClass": the page's high-priority-nonpreempting class. Its pod
// "cannot preempt other pods" (FailedScheduling ends "preemption: not eligible due to preemptionPolicy=Never.", the
// running low pod is left alone) but it is "placed in the scheduling queue ahead of lower-priority pods" and
// "scheduled ahead of other queued pods, as soon as sufficient cluster resources naturally become free": when busy
// ends at 60s it is bound before batch-low, which had been waiting since 10s; batch-low gets the node at 70s.
export default {
  id: 'podlife/pl06-prio-doc-nonpreempting-ahead-of-queue',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Non-preempting PriorityClass" (example class) and "Effect of Pod priority on scheduling order"; defaultpreemption/default_preemption.go PodEligibleToPreemptOthers ("not eligible due to preemptionPolicy=Never."); queuesort/priority_sort.go Less',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: science}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: batch-low}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
  - at: 20s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: science}
      spec:
        template:
          spec:
            priorityClassName: high-priority-nonpreempting
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high-priority-nonpreempting
value: 1000000
preemptionPolicy: Never
globalDefault: false
description: "This priority class will not cause other pods to be preempted."
---
apiVersion: batch/v1
kind: Job
metadata: {name: busy}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const sci = h.podsOf('science')[0];
    h.eq([sci.spec.priority, sci.spec.preemptionPolicy], [1000000, 'Never'], 'priority admission');
    h.eq(h.events({ reason: 'FailedScheduling', name: sci.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[20, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.']], 'science FailedScheduling');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'nothing preempted');
    h.eq(h.podsOf('busy')[0].status.phase, 'Succeeded', 'busy ran to completion');
    const bound = h.events({ reason: 'Scheduled' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name.replace(/-[a-z0-9]{5}$/, '')]);
    h.eq(bound, [[0, 'busy'], [60, 'science'], [70, 'batch-low']], 'binding order');
  },
};
