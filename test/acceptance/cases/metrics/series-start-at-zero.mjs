// README series: "a step series in at most 1000 buckets aligned on the start" (points [second, value]).
// A reader needs the value at every second of the run, from 0. Nightly CronJob at 02:00 over one day:
// nothing happens before 7200s, yet the value from 0 to 7200 is 0 and must be readable: the first point
// of every series is at second 0 ([0, 0]), as it is when something happens at 0 (the existing cases show
// [[0,1]] and [[0,0], ...]). An idle pool's series is [[0, 0]], not []. jobsim starts the pool and
// pending series at the first change ([7200, ...]) and leaves an idle pool's series empty.
export default {
  id: 'metrics/series-start-at-zero',
  source: 'README metrics table (pods.pendingSeries, pools.NAME.series: step series aligned on the start)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s0}
spec:
  duration: 1d
  cluster:
    nodePools:
      - name: w
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
        labels: {pool: w}
      - name: idle
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
        labels: {pool: idle}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: etl}
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          nodeSelector: {pool: w}
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.jobs.complete, 1, 'one Job');
    h.eq(m.pools.w.series.cpuRequestedMilli, [[0, 0], [7200, 1000], [10801, 0]], 'pool w cpu series');
    h.eq(m.pools.w.series.memoryRequestedBytes, [[0, 0], [7200, 2 ** 30], [10801, 0]], 'pool w memory series');
    h.eq(m.pods.pendingSeries.points, [[0, 0]], 'pending series');
    h.eq(m.pools.idle.series.cpuRequestedMilli, [[0, 0]], 'idle pool series');
  },
};
