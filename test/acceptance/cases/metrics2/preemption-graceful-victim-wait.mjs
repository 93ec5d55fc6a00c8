// Preemption when the victim takes its grace period: lo (1500m / 2Gi, 10m, ignores SIGTERM, grace 20s,
// backoffLimit 0) runs on the only node (2 CPU, 4Gi). hi (2 CPU / 1Gi, PriorityClass 1000, 60s) is created
// at 30s and preempts lo; lo's pod stays Terminating (holding its requests) until SIGKILL at 50s, and hi
// is pending over [30, 50) and binds at 50 (wait 20). Never double counted: cpu [[0,1500],[50,2000],
// [110,0]], memory [[0,2Gi],[50,1Gi],[110,0]]. lo's Job is Failed at 51 (once its pod is terminal): 51;
// hi Complete at 111: 81. The run ends by quiet; means over [0, end].
export default {
  id: 'metrics2/preemption-graceful-victim-wait',
  source: 'README metrics table: pods.schedulingWaitSeconds, pods.pendingMean/pendingPeak/pendingSeries, pools.NAME.cpuRequested*/memoryRequested* ("requests of pods bound in the pool and not terminal"), jobs.durationSeconds',
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
              containers: [{name: c, image: x, resources: {requests: {cpu: "2", memory: 1Gi}}}]
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
    metadata: {annotations: {jobsim/duration: "10m", jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 20
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1500m", memory: 2Gi}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const Gi = 1024 ** 3;
    h.eq(h.events({ reason: 'Preempted' }).length, 1, 'one preemption');
    h.eq(m.pools.p.series.cpuRequestedMilli, [[0, 1500], [50, 2000], [110, 0]], 'cpu series');
    h.eq(m.pools.p.series.memoryRequestedBytes, [[0, 2 * Gi], [50, Gi], [110, 0]], 'memory series');
    h.eq([m.pools.p.cpuRequestedPeakMilli, m.pools.p.memoryRequestedPeakBytes], [2000, 2 * Gi], 'peaks');
    h.eq(m.pods.pendingSeries.points, [[0, 0], [30, 1], [50, 0]], 'pending series');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 20, max: 20 }, 'waits {0, 20}');
    h.eq(m.jobs.durationSeconds, { p50: 51, p95: 81, p99: 81, max: 81 }, 'durations {51, 81}');
    h.eq([m.pods.succeeded, m.pods.failed, m.jobs.lastFinishedAt], [1, 1, 111], 'pods, lastFinishedAt');
    const end = h.sec(r.spec.end);
    h.eq(r.spec.endedBy, 'quiet', 'endedBy');
    h.eq(m.pods.pendingMean, Math.round((20 / end) * 10000) / 10000, 'pending mean');
    h.eq(m.pools.p.cpuRequestedMeanMilli, Math.round((1500 * 50 + 2000 * 60) / end), 'cpu mean');
    h.eq(m.pools.p.memoryRequestedMeanBytes, Math.round((2 * Gi * 50 + Gi * 60) / end), 'memory mean');
    h.eq(m.pools.p.cpuUtilization, Math.round(((1500 * 50 + 2000 * 60) / end / 2000) * 10000) / 10000, 'cpu utilization');
  },
};
