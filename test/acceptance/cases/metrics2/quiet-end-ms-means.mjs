// A run ended by quiet at a time that is not a whole second: means are over the run's real length,
// simulation.virtualSeconds (to the ms). Job j created by the timeline at 300ms, one 1-CPU pod of 2200ms
// bound at once: requested over [0.3, 2.5); Complete at 3.5 (duration 3.2, lastFinishedAt 3.5). The
// run's length is virtualSeconds; cpuRequestedMeanMilli = round(1000 * 2.2 / virtualSeconds) and
// cpuUtilization = that mean over 2000m, to 4 places. Series: the pod is in buckets 0..2 -> [[0,1000],[3,0]].
export default {
  id: 'metrics2/quiet-end-ms-means',
  source: 'README metrics table: pools.NAME.cpuRequestedMeanMilli/cpuUtilization (time-weighted mean), simulation.virtualSeconds ("simulated time"), jobs.durationSeconds and lastFinishedAt (to the millisecond), pools.NAME.series',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ms1}
spec:
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
  timeline:
    - at: 300ms
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            metadata: {annotations: {jobsim/duration: "2200ms"}}
            spec:
              restartPolicy: Never
              containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const len = m.simulation.virtualSeconds;
    h.eq(r.spec.endedBy, 'quiet', 'endedBy');
    h.assert(len >= 3.5 && Math.floor(len) === h.sec(r.spec.end), `virtualSeconds ${len} vs spec.end ${r.spec.end}`);
    h.eq([m.jobs.durationSeconds.max, m.jobs.lastFinishedAt], [3.2, 3.5], 'Job');
    h.eq(m.pools.a.cpuRequestedMeanMilli, Math.round(2200 / len), 'cpu mean over virtualSeconds');
    h.eq(m.pools.a.cpuUtilization, Math.round((2200 / len / 2000) * 10000) / 10000, 'cpu utilization');
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 1000], [3, 0]], 'series');
  },
};
