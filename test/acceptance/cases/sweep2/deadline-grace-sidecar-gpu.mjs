// One pool (4 CPU, 4 GPUs), 5m run. dl: activeDeadlineSeconds 60, a 1-CPU pod that ignores SIGTERM: deleted
// at 60s, SIGKILLed at 90s (137); FailureTarget at 60s, Failed (DeadlineExceeded) at 91s once no pod is
// terminating, so its duration is 91, and its 1000m is held to 90s. side: sidecar 500m declared before an
// init container of 2 CPU, regular container 1 CPU: effective request max(1000+500, 2000+500) = 2500m,
// 100s, Complete at 101. gpu: limits nvidia.com/gpu 3 (request follows), 150s, Complete at 151.
// cpu series [[0,3500],[90,2500],[100,0]], mean (3500*90+2500*10)/300 = 1133m (0.2833); gpu mean
// 3*150/300 = 1.5 of 4 (0.375), peak 3. Durations [91,101,151]: p50 101, p95 151.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: r5}
spec:
  duration: 5m
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "4", memory: 8Gi, pods: 110, nvidia.com/gpu: 4}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 60
  template:
    metadata: {annotations: {jobsim/duration: "10m", jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: side}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "100s"}}
    spec:
      restartPolicy: Never
      initContainers:
        - {name: s, image: x, restartPolicy: Always, resources: {requests: {cpu: 500m}}}
        - {name: i, image: x, resources: {requests: {cpu: "2"}}}
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: gpu}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "150s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {limits: {nvidia.com/gpu: 3}}}]
`;
export default {
  id: 'sweep2/deadline-grace-sidecar-gpu',
  source: 'README metrics (pools.NAME.*, extended; NodeResourcesFit with sidecars); pkg/controller/job/job_controller.go (FailureTarget, then Failed when no pod terminating)',
  scenario,
  check(r, h) {
    const m = r.metrics, p = m.pools.p;
    h.eq(p.series.cpuRequestedMilli, [[0, 3500], [90, 2500], [100, 0]], 'cpu series');
    h.eq([p.cpuRequestedMeanMilli, p.cpuRequestedPeakMilli, p.cpuUtilization], [1133, 3500, 0.2833], 'cpu');
    h.eq(p.extended, { 'nvidia.com/gpu': { capacity: 4, requestedMean: 1.5, requestedPeak: 3, utilization: 0.375 } }, 'gpu');
    h.eq(m.jobs, { complete: 2, failed: 1, failedReasons: { DeadlineExceeded: 1 }, durationSeconds: { p50: 101, p95: 151, p99: 151, max: 151 }, lastFinishedAt: 151 }, 'jobs');
  },
};
