// Preemption seen by a planner: Job lo (1500m, 10m, backoffLimit 0) runs on the only node (2 CPU); Job
// hi (2 CPU, PriorityClass 1000) is created at 30s, preempts lo's pod (killed at once, exit 143: phase
// Failed; lo fails BackoffLimitExceeded at 31s after the 1s batching) and, popped from the backoff queue
// by the idle scheduler (SchedulerPopFromBackoffQ), binds at 30s, running 60s. The pool's requests never
// exceed its 2000m allocatable and are never counted twice: [[0,1500],[30,2000],[90,0]]; hi never waited
// past its instant; durations 31 (lo) and 61 (hi): p50 31, p95 61; lastFinishedAt 91; pods 1 succeeded,
// 1 failed.
export default {
  id: 'metrics/preemption-no-double-count',
  source: 'README metrics table; upstream scheduler DefaultPreemption (victims deleted, preemptor moved to the backoff queue and popped at once by an idle scheduler, active_queue.go unlockedPop)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pre}
spec:
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
  timeline:
    - at: 30s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: hi}
        spec:
          template:
            metadata: {annotations: {jobsim/duration: "60s"}}
            spec:
              priorityClassName: high
              restartPolicy: Never
              containers: [{name: c, image: x, resources: {requests: {cpu: "2"}}}]
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: lo}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1500m"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.pools.p.series.cpuRequestedMilli, [[0, 1500], [30, 2000], [90, 0]], 'cpu series');
    h.eq(m.pools.p.cpuRequestedPeakMilli, 2000, 'peak = allocatable');
    h.eq(m.pods.pendingSeries.points.filter(([t]) => t > 0), [], 'pending');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 0, max: 0 }, 'wait');
    h.eq(m.jobs.durationSeconds, { p50: 31, p95: 61, p99: 61, max: 61 }, 'durations');
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.failedReasons], [1, 1, { BackoffLimitExceeded: 1 }], 'jobs');
    h.eq(m.jobs.lastFinishedAt, 91, 'lastFinishedAt');
    h.eq([m.pods.succeeded, m.pods.failed], [1, 1], 'pods');
    const end = h.sec(r.spec.end);
    h.eq(m.pools.p.cpuRequestedMeanMilli, Math.round((1500 * 30 + 2000 * 60) / end), 'mean');
  },
};
