// An unschedulable pod retried after a pod leaves still waits out its own backoff: attempt 1 at
// +0s (backoff 1s); the blocking pod ends at +0.5s; bound at +1s, not +0s.
export default {
  id: 'cluster/sched-backoff-retry',
  source: 'scheduling_queue.go calculateBackoffDuration (podInitialBackoffDuration 1s), isPodBackingoff, MoveAllToActiveOrBackoffQueue; cronjob-and-friends.md §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "500ms" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.events({ reason: 'Scheduled' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(s, [0, 1], 'Scheduled at +0s and +1s');
    h.eq(r.metrics.pods.schedulingWaitSeconds.max, 1, 'schedulingWaitSeconds.max');
  },
};
