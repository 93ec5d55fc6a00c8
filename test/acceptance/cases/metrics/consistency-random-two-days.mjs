// Consistency of the metrics with the items, over a busy random run that is run twice (byte-identical
// output required): two days, a CronJob every 10 minutes (lognormal pods, parallelism 3 on 2 pools),
// random node failures (mtbf) and a big Job. Checks: jobs.complete / failed / failedReasons equal the
// Jobs in items with a Complete / Failed condition; pods.succeeded / failed equal the pods in items in
// phase Succeeded / Failed; max duration and lastFinishedAt agree with the conditions to the second;
// every series has strictly increasing whole seconds within the run, no repeated value, values >= 0,
// requests never above the pool's allocatable; each peak is the largest value of its series;
// mean <= peak; utilization = mean / capacity.
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: busy}
spec:
  seed: 7
  duration: 2d
  cluster:
    nodePools:
      - name: a
        count: 3
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
        mtbf: 12h
        mttr: 15m
      - name: b
        count: 2
        capacity: {cpu: "4", memory: 8Gi, pods: 110}
        mtbf: 24h
  behaviors:
    - selector: {matchLabels: {app: etl}}
      duration: {lognormal: {median: 4m, p95: 12m}}
      failureProbability: 0.1
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: etl}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      completions: 6
      parallelism: 3
      backoffLimit: 2
      template:
        metadata: {labels: {app: etl}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: 900m, memory: 1Gi}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  completions: 40
  parallelism: 20
  template:
    metadata: {annotations: {jobsim/duration: "uniform(5m,50m)"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 2Gi}}}]
`;
export default {
  id: 'metrics/consistency-random-two-days',
  source: 'README metrics table (every field); CONTRACT §3 (byte-identical output for the same documents and seed)',
  scenario,
  runs: 2,
  timeoutMs: 120_000,
  check(r, h) {
    const m = r.metrics;
    const jobs = h.of('Job');
    const term = (j) => (j.status.conditions ?? []).find((c) => c.status === 'True' && (c.type === 'Complete' || c.type === 'Failed'));
    const done = jobs.filter(term);
    h.eq(m.jobs.complete, done.filter((j) => term(j).type === 'Complete').length, 'jobs.complete vs items');
    h.eq(m.jobs.failed, done.filter((j) => term(j).type === 'Failed').length, 'jobs.failed vs items');
    const reasons = {};
    for (const j of done.filter((j) => term(j).type === 'Failed')) reasons[term(j).reason] = (reasons[term(j).reason] ?? 0) + 1;
    h.eq(m.jobs.failedReasons, Object.fromEntries(Object.entries(reasons).sort()), 'failedReasons vs items');
    h.assert(m.jobs.failed > 0 && m.jobs.complete > 100, `a busy run (${m.jobs.complete} complete, ${m.jobs.failed} failed)`);
    const pods = h.of('Pod');
    h.eq(m.pods.succeeded, pods.filter((p) => p.status.phase === 'Succeeded').length, 'pods.succeeded vs items');
    h.eq(m.pods.failed, pods.filter((p) => p.status.phase === 'Failed').length, 'pods.failed vs items');
    const last = Math.max(...done.map((j) => h.sec(term(j).lastTransitionTime)));
    h.eq(Math.floor(m.jobs.lastFinishedAt), last, 'lastFinishedAt vs the last terminal condition (seconds)');
    const maxDur = Math.max(...done.map((j) => h.sec(term(j).lastTransitionTime) - h.sec(j.metadata.creationTimestamp)));
    h.assert(Math.abs(m.jobs.durationSeconds.max - maxDur) < 1, `max duration ${m.jobs.durationSeconds.max} vs items ${maxDur}`);
    const end = h.sec(r.spec.end);
    const checkSeries = (pts, what, cap) => {
      pts.forEach(([t, v], i) => {
        h.assert(Number.isInteger(t) && t >= 0 && t <= Math.ceil(end), `${what}: point ${i} at ${t}`);
        h.assert(v >= 0 && (cap === undefined || v <= cap), `${what}: value ${v} at ${t} (cap ${cap})`);
        if (i > 0) h.assert(t > pts[i - 1][0] && v !== pts[i - 1][1], `${what}: points ${JSON.stringify(pts.slice(i - 1, i + 1))}`);
      });
      return Math.max(0, ...pts.map(([, v]) => v));
    };
    for (const [name, p] of Object.entries(m.pools)) {
      const cmax = checkSeries(p.series.cpuRequestedMilli, `pool ${name} cpu`, p.cpuCapacityMilli);
      const mmax = checkSeries(p.series.memoryRequestedBytes, `pool ${name} memory`, p.memoryCapacityBytes);
      h.eq([p.cpuRequestedPeakMilli, p.memoryRequestedPeakBytes], [cmax, mmax], `pool ${name} peaks = series maxima`);
      h.assert(p.cpuRequestedMeanMilli <= p.cpuRequestedPeakMilli, `pool ${name} mean <= peak`);
      h.assert(Math.abs(p.cpuUtilization - p.cpuRequestedMeanMilli / p.cpuCapacityMilli) <= 0.0001, `pool ${name} utilization`);
    }
    const pmax = checkSeries(m.pods.pendingSeries.points, 'pending');
    h.eq(m.pods.pendingPeak, pmax, 'pendingPeak = series maximum');
  },
};
