// README metrics: every documented field is present, with its unit. Jobs finishing 4s (Failed), 5.5s, 21s,
// 31s, 41s and 51s after their creation: durationSeconds nearest-rank p50 = 21 (3rd of 6), p95 = p99 =
// max = 51; failedReasons per reason; pods.succeeded/failed count pods; a pool's CPU mean, peak and series.
export default {
  id: 'contract/metrics-fields-and-units',
  source: 'CONTRACT.md §3 (metrics documented in the README); README metrics table (jobs.*, pods.*, pools.*, simulation.*)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m}
spec:
  duration: 60s
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "8", memory: 8Gi, pods: 110}}
  timeline:
  - at: 0s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: fail}
      spec:
        backoffLimit: 0
        template:
          metadata: {annotations: {jobsim/duration: "3s", jobsim/exit-codes: "1"}}
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "4500ms"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "20s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: c}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "30s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "40s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: e}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "50s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = r.metrics.jobs;
    h.eq([j.complete, j.failed, j.failedReasons], [5, 1, { BackoffLimitExceeded: 1 }], 'jobs counts');
    // fail 4s, a 5.5s, b 21s, c 31s, d 41s, e 51s (failed Jobs count too): nearest rank p50 = 3rd of 6
    h.eq(j.durationSeconds, { p50: 21, p95: 51, p99: 51, max: 51 }, 'durationSeconds');
    h.eq(j.lastFinishedAt, 51, 'lastFinishedAt');
    const p = r.metrics.pods;
    h.eq([p.succeeded, p.failed], [5, 1], 'pods');
    h.eq(Object.keys(p.schedulingWaitSeconds), ['p50', 'p95', 'max'], 'schedulingWaitSeconds keys');
    h.eq([p.pendingPeak, typeof p.pendingMean], [0, 'number'], 'pending');
    h.eq(p.pendingSeries.resolutionSeconds, 1, 'pendingSeries resolution for a 60s run');
    const w = r.metrics.pools.w;
    h.eq(Object.keys(w).sort(), ['cpuCapacityMilli', 'cpuRequestedMeanMilli', 'cpuRequestedPeakMilli', 'cpuUtilization', 'memoryCapacityBytes', 'memoryRequestedMeanBytes', 'memoryRequestedPeakBytes', 'memoryUtilization', 'series'], 'pool keys');
    h.eq([w.cpuCapacityMilli, w.memoryCapacityBytes, w.cpuRequestedPeakMilli], [8000, 8 * 2 ** 30, 2000], 'pool capacity and peak');
    h.eq(w.cpuRequestedMeanMilli, 150, 'cpu mean: 2000m for 4.5s of 60s');
    h.eq(w.series.cpuRequestedMilli, [[0, 2000], [5, 0]], 'cpu series: 2000 in [0,4.5s), shown from the next bucket');
    h.eq(Object.keys(r.metrics.simulation), ['steps', 'virtualSeconds', 'schedulingDecisions'], 'simulation keys');
    h.eq([r.metrics.simulation.virtualSeconds, r.metrics.simulation.schedulingDecisions], [60, 6], 'simulation');
  },
};
