// Degenerate distributions are allowed and draw a constant: lognormal with p95 = median (sigma 0) and
// uniform [MIN, MIN] run exactly that long for every pod.
export default {
  id: 'workload/degenerate-distributions',
  source: 'CONTRACT.md §2 behaviors (p95 must not be below the median; uniform MIN <= MAX)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dg}
spec:
  behaviors:
  - selector: {matchLabels: {app: l}}
    duration: {lognormal: {median: 90s, p95: 90s}}
  - selector: {matchLabels: {app: u}}
    duration: {uniform: [40s, 40s]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: l}
spec:
  completions: 5
  parallelism: 5
  template:
    metadata: {labels: {app: l}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: u}
spec:
  completions: 5
  parallelism: 5
  template:
    metadata: {labels: {app: u}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const d = (n) => h.podsOf(n).map((p) => { const t = p.status.containerStatuses[0].state.terminated; return [h.sec(t.startedAt), h.sec(t.finishedAt)]; });
    h.eq(d('l'), Array(5).fill([0, 90]), 'lognormal p95=median: 90s each');
    h.eq(d('u'), Array(5).fill([0, 40]), 'uniform [40s,40s]: 40s each');
  },
};
