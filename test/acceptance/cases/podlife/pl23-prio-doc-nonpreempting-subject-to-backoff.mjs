// Pod Priority and Preemption, "Non-preempting PriorityClass": "Non-preempting pods, like other pods, are subject to
// scheduler back-off. This means that if the scheduler tries these pods and they cannot be scheduled, they will be
// retried with lower frequency, allowing other pods with lower priority to be scheduled before them." The node is full
// until busy ends at 10s. low (priority 0) failed at 5s, its 1s back-off long over; polite (priority 1000000,
// preemptionPolicy Never) failed at 9.5s and is still backing off (until 10.5s) when busy ends: low goes to the active
// queue, polite to the back-off queue, so low is bound at 10s and polite only when low ends at 20s.
export default {
  id: 'podlife/pl23-prio-doc-nonpreempting-subject-to-backoff',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Non-preempting PriorityClass" (subject to scheduler back-off); pkg/scheduler/backend/queue/scheduling_queue.go movePodsToActiveOrBackoffQueue (backing-off pods go to backoffQ); backoff_queue.go isPodBackingoff/getBackoffTime (1s initial back-off from the last attempt, aligned to the 1s window)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: backoff}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: low}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
  - at: 9500ms
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: polite}
      spec:
        template:
          spec:
            priorityClassName: high-priority-nonpreempting
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high-priority-nonpreempting}
value: 1000000
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: busy}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const bound = h.events({ reason: 'Scheduled' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name.replace(/-[a-z0-9]{5}$/, '')]);
    h.eq(bound, [[0, 'busy'], [10, 'low'], [20, 'polite']], 'the lower-priority pod is bound first');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'nothing preempted');
    const p = h.podsOf('polite')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.', 'polite never preempts');
    h.eq(['busy', 'low', 'polite'].map((j) => h.sec(h.hasCond(h.job(j), 'Complete').lastTransitionTime)), [11, 21, 31], 'completions');
  },
};
