// activeDeadlineSeconds 60 on a Job of 4 x (1 CPU, 1h) on one 2-CPU node: 2 pods run, 2 wait. At the
// deadline the Job controller deletes all four: the running ones are killed at once (exit 143, phase
// Failed) and release their requests at 60s; the pending ones are removed (never Failed, never bound:
// no wait sample). FailureTarget at 60s, Failed DeadlineExceeded at 61s: duration 61. Series: cpu
// [[0,2000],[60,0]], pending [[0,2],[60,0]]; pods 0 succeeded / 2 failed; waits {0, 0}.
export default {
  id: 'metrics/deadline-releases-running-and-pending',
  source: 'README metrics table; reference job-controller (activeDeadlineSeconds: delete active pods, FailureTarget then Failed once no pod is terminating)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dl}
spec:
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 4
  completions: 4
  activeDeadlineSeconds: 60
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.pools.p.series.cpuRequestedMilli, [[0, 2000], [60, 0]], 'cpu series');
    h.eq(m.pods.pendingSeries.points, [[0, 2], [60, 0]], 'pending series');
    h.eq([m.pods.succeeded, m.pods.failed], [0, 2], 'pods');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 0, max: 0 }, 'waits');
    h.eq([m.jobs.failed, m.jobs.failedReasons, m.jobs.durationSeconds.max], [1, { DeadlineExceeded: 1 }, 61], 'job');
  },
};
