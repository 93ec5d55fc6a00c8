// An unschedulable pod moved back by a pod leaving goes to the backoff queue (attempt 1 at +0s,
// backoff 1s), but with SchedulerPopFromBackoffQ (beta, on since 1.33) the idle scheduler pops it
// at once: the blocking pod ends at +0.5s and it is bound at +0.5s, not at +1s.
export default {
  id: 'cluster/sched-backoff-retry',
  source: 'scheduling_queue.go calculateBackoffDuration (podInitialBackoffDuration 1s), MoveAllToActiveOrBackoffQueue; active_queue.go unlockedPop (popBackoff when the active queue is empty, SchedulerPopFromBackoffQ); cronjob-and-friends.md §7',
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
    h.eq(s, [0, 0], 'Scheduled at +0s and +0.5s');
    h.eq(r.metrics.pods.schedulingWaitSeconds.max, 0.5, 'schedulingWaitSeconds.max');
  },
};
