// Preemption seen by a planner: Job lo (1500m, 10m, backoffLimit 0) runs on the only node (2 CPU); Job
// hi (2 CPU, PriorityClass 1000) is created at 30s, preempts lo's pod (killed at once, exit 143: phase
// Failed; lo fails BackoffLimitExceeded at 31s after the 1s batching) and binds at 31s after its 1s
// backoff, running 60s. The pool's requests never exceed its 2000m allocatable and are never counted
// twice: [[0,1500],[30,0],[31,2000],[91,0]]; hi waited 1s (pending [30,31)); durations 31 (lo) and 62
// (hi): p50 31, p95 62; lastFinishedAt 92; pods 1 succeeded, 1 failed.
export default {
  id: 'metrics/preemption-no-double-count',
  source: 'README metrics table; upstream scheduler DefaultPreemption (victims deleted, preemptor retried after backoff 1s)',
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
    h.eq(m.pools.p.series.cpuRequestedMilli, [[0, 1500], [30, 0], [31, 2000], [91, 0]], 'cpu series');
    h.eq(m.pools.p.cpuRequestedPeakMilli, 2000, 'peak = allocatable');
    h.eq(m.pods.pendingSeries.points.filter(([t]) => t > 0), [[30, 1], [31, 0]], 'pending');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 1, max: 1 }, 'wait');
    h.eq(m.jobs.durationSeconds, { p50: 31, p95: 62, p99: 62, max: 62 }, 'durations');
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.failedReasons], [1, 1, { BackoffLimitExceeded: 1 }], 'jobs');
    h.eq(m.jobs.lastFinishedAt, 92, 'lastFinishedAt');
    h.eq([m.pods.succeeded, m.pods.failed], [1, 1], 'pods');
    const end = h.sec(r.spec.end);
    h.eq(m.pools.p.cpuRequestedMeanMilli, Math.round((1500 * 30 + 2000 * 60) / end), 'mean');
  },
};
