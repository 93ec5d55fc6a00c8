// lognormal {median: 20m, p95: 45m} over 1000 pods: the sample median lies within ±5% of 1200s, the
// sample 95th percentile within ±10% of 2700s, about 5% (30-70 of 1000) run longer than 45m, every
// draw is positive, and the log-durations are symmetric (mean of ln close to ln(median)).
export default {
  id: 'workload/lognormal-1000-pods',
  source: 'CONTRACT.md §2 behaviors duration { lognormal: { median: 20m, p95: 45m } } (a log-normal with that median and 95th percentile)',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ln}
spec:
  seed: 3
  cluster:
    nodePools:
    - {name: w, count: 10, capacity: {cpu: "64", memory: 256Gi, pods: 110}}
  behaviors:
  - selector: {matchLabels: {app: l}}
    duration: {lognormal: {median: 20m, p95: 45m}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: l}
spec:
  completions: 1000
  parallelism: 1000
  template:
    metadata: {labels: {app: l}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const v = h.podsOf('l').map((p) => p.status.containerStatuses[0].state.terminated).map((t) => (Date.parse(t.finishedAt) - Date.parse(t.startedAt)) / 1000).sort((a, b) => a - b);
    h.eq(v.length, 1000, 'pods');
    // at most 500 creations per sync (MaxPodCreateDeletePerSync): two creation instants
    h.assert(new Set(h.podsOf('l').map((p) => h.sec(p.metadata.creationTimestamp))).size <= 2, 'created in two syncs');
    const med = v[500], p95 = v[950];
    h.assert(Math.abs(med - 1200) <= 60, `median ${med}s, expected 1200s ±5%`);
    h.assert(Math.abs(p95 - 2700) <= 270, `p95 ${p95}s, expected 2700s ±10%`);
    const over = v.filter((x) => x > 2700).length;
    h.assert(over >= 30 && over <= 70, `${over} of 1000 over 45m`);
    h.assert(v[0] > 0, 'positive');
    const lnMean = v.reduce((a, x) => a + Math.log(x + 0.5), 0) / v.length;
    h.assert(Math.abs(lnMean - Math.log(1200)) < 0.05, `mean of ln ${lnMean.toFixed(3)} vs ln 1200 ${Math.log(1200).toFixed(3)}`);
  },
};
