// uniform [10m, 30m] over 1000 pods: every draw in [600s, 1800s], mean near 1200s, quartiles near 900s and
// 1500s (a flat density), and no more than ~a quarter in each 5-minute quarter of the range.
export default {
  id: 'workload/uniform-1000-pods',
  source: 'CONTRACT.md §2 behaviors duration { uniform: [10m, 30m] }',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: un}
spec:
  seed: 5
  cluster:
    nodePools:
    - {name: w, count: 10, capacity: {cpu: "64", memory: 256Gi, pods: 110}}
  behaviors:
  - selector: {matchLabels: {app: u}}
    duration: {uniform: [10m, 30m]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: u}
spec:
  completions: 1000
  parallelism: 1000
  template:
    metadata: {labels: {app: u}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const v = h.podsOf('u').map((p) => p.status.containerStatuses[0].state.terminated).map((t) => (Date.parse(t.finishedAt) - Date.parse(t.startedAt)) / 1000).sort((a, b) => a - b);
    h.eq(v.length, 1000, 'pods');
    h.assert(v[0] >= 600 && v[999] <= 1800, `range ${v[0]}..${v[999]}`);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    h.assert(Math.abs(mean - 1200) <= 30, `mean ${mean}`);
    h.assert(Math.abs(v[250] - 900) <= 45 && Math.abs(v[750] - 1500) <= 45, `quartiles ${v[250]} ${v[750]}`);
    const bins = [0, 0, 0, 0];
    for (const x of v) bins[Math.min(3, Math.floor((x - 600) / 300))]++;
    h.assert(bins.every((b) => b >= 200 && b <= 300), `quarters ${bins}`);
    // the Job completes when the longest pod ends
    h.near(h.sec(h.job('u').status.completionTime), v[999], 2, 'completionTime after the longest pod');
  },
};
