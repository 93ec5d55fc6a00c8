// Requests follow binding, not container start: image pulls take 30s. Job sus (1 CPU, 100s pod) binds
// at 0 (running from 30s), is suspended at 100s (pod deleted and killed at once, exit 143: Failed),
// resumed at 200s (new pod bound at 200s, running 230-330s, Complete at 331s). Pool series
// [[0,1000],[100,0],[200,1000],[330,0]]. Job dl: activeDeadlineSeconds 5 and a pod that fits no node:
// pending [0,5s), deleted at the deadline (never Failed: not counted in pods.failed), Failed
// DeadlineExceeded at 6s. Job zero (completions 0) is Complete at its creation: duration 0. Durations
// {0, 6, 331}: p50 6, max 331. Pods: 1 succeeded, 1 failed. Means over the run's end.
export default {
  id: 'metrics/suspend-resume-and-pull-latency',
  source: 'README metrics table (series: "a pod requests from its binding ... until it is terminal or deleted"; durationSeconds from creation); reference job-controller (suspend deletes active pods; activeDeadlineSeconds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  latencies: {imagePull: 30s}
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "4", memory: 4Gi, pods: 110}
  timeline:
    - {at: 100s, patch: {kind: Job, name: sus, spec: {suspend: true}}}
    - {at: 200s, patch: {kind: Job, name: sus, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sus}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "100s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 5
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "8"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: zero}
spec:
  completions: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.pools.p.series.cpuRequestedMilli, [[0, 1000], [100, 0], [200, 1000], [330, 0]], 'cpu series');
    h.eq(m.jobs.durationSeconds, { p50: 6, p95: 331, p99: 331, max: 331 }, 'durations');
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.failedReasons], [2, 1, { DeadlineExceeded: 1 }], 'jobs');
    h.eq([m.pods.succeeded, m.pods.failed], [1, 1], 'pods');
    h.eq(m.pods.pendingSeries.points, [[0, 1], [5, 0]], 'pending');
    const end = h.sec(r.spec.end);
    h.eq(end, 332, 'end');
    h.eq(m.pools.p.cpuRequestedMeanMilli, Math.round(230000 / end), 'mean');
    h.eq(m.pods.pendingMean, Math.round(5 / end * 1e4) / 1e4, 'pendingMean');
  },
};
