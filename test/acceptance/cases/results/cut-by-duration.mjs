// A run cut by `duration` while a pod still runs and another never fits: spec.end is start + duration
// exactly, endedBy duration; the Jobs are in their last state (active, no completionTime, no terminal
// condition) and count neither as complete nor failed; the pool's requested CPU is averaged over the
// whole run (1000m of 2000m all along), the unschedulable pod is pending all along (mean 1, series
// [[0,1]]) and has no scheduling-wait sample (it never bound).
export default {
  id: 'results/cut-by-duration',
  source: 'CONTRACT.md §1 (--duration), §3 (items in their last state); README spec.endedBy, metrics table (pendingMean, pools.*); job_controller.go (active count, no completionTime while running)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cut}
spec:
  duration: 90s
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: long}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1", memory: 1Gi}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "3"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([r.spec.end, r.spec.endedBy], ['2026-01-01T00:01:30Z', 'duration'], 'end');
    const long = h.job('long');
    h.eq([long.status.active, long.status.ready, long.status.completionTime, (long.status.conditions ?? []).length], [1, 1, undefined, 0], 'long still running');
    const p = h.podsOf('long')[0];
    h.eq([p.status.phase, p.status.containerStatuses[0].state.running?.startedAt], ['Running', '2026-01-01T00:00:00Z'], 'running pod');
    const big = h.podsOf('big')[0];
    h.eq([big.status.phase, big.spec.nodeName], ['Pending', undefined], 'unschedulable pod');
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.durationSeconds.max, m.jobs.lastFinishedAt], [0, 0, null, null], 'no Job finished');
    h.eq([m.pods.succeeded, m.pods.failed], [0, 0], 'no pod finished');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 0, max: 0 }, 'only the bound pod waited (0s)');
    h.eq([m.pods.pendingMean, m.pods.pendingPeak], [1, 1], 'pending all along');
    h.eq(m.pods.pendingSeries, { resolutionSeconds: 1, points: [[0, 1]] }, 'pendingSeries');
    const w = m.pools.w;
    h.eq([w.cpuRequestedMeanMilli, w.cpuRequestedPeakMilli, w.cpuUtilization, w.memoryRequestedMeanBytes, w.memoryUtilization], [1000, 1000, 0.5, 2 ** 30, 0.25], 'pool');
    h.eq(w.series.cpuRequestedMilli, [[0, 1000]], 'cpu series');
    h.eq(m.simulation.virtualSeconds, 90, 'virtualSeconds');
  },
};
