// The annotation forms uniform(MIN,MAX), lognormal(MEDIAN,P95) and exponential(MEAN) draw as the
// mapping forms do: over 400 pods each, uniform(1m,3m) stays in [60s,180s] with a mean near 120s;
// lognormal(2m,6m) has its median near 120s and its 95th percentile near 360s; exponential(1m) has
// its mean near 60s and its median near 60·ln2 ≈ 41.6s.
const job = (name, dur) => `---
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  completions: 400
  parallelism: 400
  template:
    metadata: {annotations: {jobsim/duration: "${dur}"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`;
export default {
  id: 'workload/annotation-distribution-forms',
  source: 'README "Scenario" (jobsim/duration also uniform(10m,30m), lognormal(20m,45m), exponential(5m)); CONTRACT.md §2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: forms}
spec:
  cluster:
    nodePools:
    - {name: w, count: 12, capacity: {cpu: "64", memory: 256Gi, pods: 110}}
${job('u', 'uniform(1m,3m)')}${job('l', 'lognormal(2m,6m)')}${job('e', 'exponential(1m)')}`,
  check(r, h) {
    const d = (n) => h.podsOf(n).map((p) => p.status.containerStatuses[0].state.terminated).map((t) => (Date.parse(t.finishedAt) - Date.parse(t.startedAt)) / 1000).sort((a, b) => a - b);
    const q = (v, p) => v[Math.floor(v.length * p)];
    const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
    const u = d('u'), l = d('l'), e = d('e');
    h.eq([u.length, l.length, e.length], [400, 400, 400], 'pods');
    h.assert(u[0] >= 59 && u[399] <= 180, `uniform range ${u[0]}..${u[399]}`);
    h.assert(Math.abs(mean(u) - 120) < 8, `uniform mean ${mean(u)}`);
    h.assert(Math.abs(q(l, 0.5) - 120) < 15, `lognormal median ${q(l, 0.5)}`);
    h.assert(Math.abs(q(l, 0.95) - 360) < 70, `lognormal p95 ${q(l, 0.95)}`);
    h.assert(Math.abs(mean(e) - 60) < 8, `exponential mean ${mean(e)}`);
    h.assert(Math.abs(q(e, 0.5) - 41.6) < 7, `exponential median ${q(e, 0.5)}`);
  },
};
