// pools.NAME.extended counted like cpu requests, and a wait for GPUs. Pool g: 2 nodes of 4 CPU and 2 GPUs.
// Job a: 3 pods (1 CPU, 1 GPU, 40s) fill 3 of the 4 GPUs over [0, 40); Job b's pod needs 2 GPUs on one
// node: none has 2 free until a's pods end at 40 -> b waits 40s and runs [40, 70). GPU requested: 3 over
// [0,40), 2 over [40,70) in a 100s run: mean (120+60)/100 = 1.8, peak 3, utilization 1.8/4 = 0.45.
// Waits {0,0,0,40}: p50 0, p95 40; pending 1 over [0,40): mean 0.4, peak 1. cpu 3000m over [0,40): mean
// 1200m of 8000m (0.15); b requests no cpu. Durations a 41, b 71.
export default {
  id: 'metrics2/extended-gpu-wait-and-mean',
  source: 'README metrics table: pools.NAME.extended ({capacity, requestedMean, requestedPeak, utilization}, "counted like cpu requests"), pods.schedulingWaitSeconds, pods.pendingMean/pendingPeak',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e1}
spec:
  duration: 100s
  cluster:
    nodePools:
      - name: g
        count: 2
        capacity: {cpu: "4", memory: 8Gi, pods: 110, nvidia.com/gpu: 2}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: {annotations: {jobsim/duration: "40s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}, limits: {nvidia.com/gpu: 1}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "30s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {limits: {nvidia.com/gpu: 2}}}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.pools.g.extended, { 'nvidia.com/gpu': { capacity: 4, requestedMean: 1.8, requestedPeak: 3, utilization: 0.45 } }, 'gpu');
    h.eq([m.pools.g.cpuRequestedMeanMilli, m.pools.g.cpuRequestedPeakMilli, m.pools.g.cpuUtilization], [1200, 3000, 0.15], 'cpu');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 40, max: 40 }, 'waits');
    h.eq([m.pods.pendingMean, m.pods.pendingPeak, m.pods.pendingSeries.points], [0.4, 1, [[0, 1], [40, 0]]], 'pending');
    h.eq(m.jobs.durationSeconds, { p50: 41, p95: 71, p99: 71, max: 71 }, 'durations');
  },
};
