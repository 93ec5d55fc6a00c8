// Contract §2: behaviors.duration may be { uniform: [min, max] } or { lognormal: { median, p95 } }; every
// drawn duration of a uniform rule lies within [min, max]; lognormal draws are positive with about
// half below the median.
export default {
  id: 'contract/behaviors-distributions',
  source: 'CONTRACT.md §2 behaviors duration ("or { uniform: [10m, 30m] } or { lognormal: { median: 20m, p95: 45m } }")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dist}
spec:
  cluster:
    nodePools:
    - {name: w, count: 4, capacity: {cpu: "64", memory: 256Gi, pods: 110}}
  behaviors:
  - selector: {matchLabels: {app: u}}
    duration: {uniform: [10m, 30m]}
  - selector: {matchLabels: {app: l}}
    duration: {lognormal: {median: 20m, p95: 45m}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: u}
spec:
  completions: 60
  parallelism: 60
  template:
    metadata: {labels: {app: u}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: l}
spec:
  completions: 100
  parallelism: 100
  template:
    metadata: {labels: {app: l}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const d = (name) => h.podsOf(name).map((p) => p.status.containerStatuses[0].state.terminated).map((t) => h.sec(t.finishedAt) - h.sec(t.startedAt));
    const u = d('u');
    h.eq(u.length, 60, 'uniform pods');
    h.assert(u.every((x) => x >= 599 && x <= 1800), `uniform within [10m,30m] (second-truncated): ${Math.min(...u)}..${Math.max(...u)}`);
    h.assert(new Set(u).size > 20, 'uniform draws vary');
    const l = d('l');
    const below = l.filter((x) => x < 1200).length;
    h.assert(l.every((x) => x > 0), 'lognormal positive');
    h.assert(below >= 30 && below <= 70, `about half of 100 lognormal draws under the 20m median: ${below}`);
    const over = l.filter((x) => x > 2700).length;
    h.assert(over <= 15, `about 5% over the 45m p95: ${over}`);
  },
};
