// README pools.NAME.cpuRequestedPeakMilli with the series rule "a value replaced at the same instant does
// not count": Job j requests 1000m over [0, 50s); Job late (3 x 1 CPU) is created and bound at exactly
// the run's end (100s) and requests nothing for any time inside the run. The mean is 50000/100 = 500m;
// the peak that was ever held is 1000m, and the series has no point at the end second for a value held
// for no time: [[0,1000],[50,0]]. jobsim reports a peak of 3000m and a point [100, 3000].
export default {
  id: 'metrics/cpu-peak-held-for-some-time',
  source: 'README metrics table: pools.NAME.cpuRequestedPeakMilli, series ("a value replaced at the same instant does not count")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 100s
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "4", memory: 4Gi, pods: 110}
  timeline:
    - at: 100s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: late}
        spec:
          parallelism: 3
          completions: 3
          template:
            spec:
              restartPolicy: Never
              containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "50s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const p = r.metrics.pools.p;
    h.eq(h.podsOf('late').filter((x) => x.spec.nodeName).length, 3, 'late pods bound at the end');
    h.eq(p.cpuRequestedMeanMilli, 500, 'mean');
    h.eq(p.cpuRequestedPeakMilli, 1000, 'peak: 3000m was never held');
    h.eq(p.series.cpuRequestedMilli, [[0, 1000], [50, 0]], 'series');
  },
};
