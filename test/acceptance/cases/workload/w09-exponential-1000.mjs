// exponential {mean: 5m} over 1000 pods: sample mean within ±10% of 300s, median near 300·ln2 ≈ 208s,
// 95th percentile near 300·ln20 ≈ 899s, standard deviation about equal to the mean.
export default {
  id: 'workload/exponential-1000-pods',
  source: 'README Scenario behaviors duration { exponential: { mean: 5m } }',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ex}
spec:
  seed: 11
  cluster:
    nodePools:
    - {name: w, count: 10, capacity: {cpu: "64", memory: 256Gi, pods: 110}}
  behaviors:
  - selector: {matchLabels: {app: e}}
    duration: {exponential: {mean: 5m}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: e}
spec:
  completions: 1000
  parallelism: 1000
  template:
    metadata: {labels: {app: e}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const ts = h.podsOf('e').map((p) => p.status.containerStatuses[0].state.terminated);
    const v = ts.map((t) => (Date.parse(t.finishedAt) - Date.parse(t.startedAt)) / 1000).sort((a, b) => a - b);
    h.eq(v.length, 1000, 'pods');
    h.assert(ts.every((t) => t.exitCode === 0 && t.reason === 'Completed'), 'all exit 0 Completed');
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / v.length);
    h.assert(Math.abs(mean - 300) <= 30, `mean ${mean}`);
    h.assert(Math.abs(v[500] - 208) <= 25, `median ${v[500]}`);
    h.assert(Math.abs(v[950] - 899) <= 110, `p95 ${v[950]}`);
    h.assert(Math.abs(sd / mean - 1) < 0.15, `sd/mean ${(sd / mean).toFixed(2)}`);
  },
};
