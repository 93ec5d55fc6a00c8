// Per-pod backoff 1s, 2s, 4s, 8s, then capped at 10s: a pod retried after every cluster event
// (pod deletions elsewhere) is attempted at +0, +1, +3, +7, +15, +25s; the blocking pod ends at
// +30s: the 6th failure's 10s backoff would hold the pod until +35s, but with SchedulerPopFromBackoffQ
// (beta, on since 1.33) the idle scheduler pops it from the backoff queue at once: bound at +30s.
export default {
  id: 'scheduling/queue-backoff-doubling',
  source: 'internal/queue/scheduling_queue.go calculateBackoffDuration (podInitialBackoffDuration 1s doubled per attempt, podMaxBackoffDuration 10s), isPodBackingoff, MoveAllToActiveOrBackoffQueue (backoffQ while backing off); active_queue.go unlockedPop (popBackoff when the active queue is empty); NodeResourcesFit isSchedulableAfterPodEvent (deleted scheduled pod: Queue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { pool: w } }
    - { name: noise, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, labels: { pool: noise } }
  timeline:
  - { at: 500ms, delete: { kind: Job, name: n1 } }
  - { at: 2s, delete: { kind: Job, name: n2 } }
  - { at: 5s, delete: { kind: Job, name: n3 } }
  - { at: 10s, delete: { kind: Job, name: n4 } }
  - { at: 20s, delete: { kind: Job, name: n5 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: blocker }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      nodeSelector: { pool: w }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: n1 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { pool: noise }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: n2 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { pool: noise }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: n3 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { pool: noise }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: n4 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { pool: noise }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: n5 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { pool: noise }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: waiter }
spec:
  template:
    spec:
      nodeSelector: { pool: w }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const b = h.podsOf('blocker')[0];
    h.eq(h.sec(b.status.containerStatuses[0].state.terminated.finishedAt), 30, 'blocker ends at +30s');
    const w = h.podsOf('waiter')[0];
    const s = h.events({ reason: 'Scheduled', name: w.metadata.name });
    h.eq(s.map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, `Successfully assigned default/${w.metadata.name} to w-1`]], 'bound at +30s, not +35s');
    h.eq(h.sec(h.anyCond(w, 'PodScheduled').lastTransitionTime), 30, 'PodScheduled=True at +30s');
  },
};
