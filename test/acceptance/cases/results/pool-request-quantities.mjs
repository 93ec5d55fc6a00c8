// README: pools' cpu in millicores and memory in bytes; pods get the API server's defaults, "a limit without
// a request becomes the request (so the scheduler counts it)". Containers: limits-only cpu 1.5 / memory
// 1.5Gi -> 1500m / 1610612736 B; requests cpu 0.25 + 250m and memory 500M + 128Mi in two containers
// -> 500m / 634217728 B. Both run for the whole 60s run: peak = mean = the sums; utilizations over
// 4 CPU / 8Gi rounded to 4 decimals.
export default {
  id: 'results/pool-request-quantities',
  source: 'README metrics table (pools.*Milli, *Bytes, *Utilization); pkg/apis/core/v1/defaults.go SetDefaults_Pod (limits copied to requests)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  duration: 60s
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 8Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: lim}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {limits: {cpu: 1.5, memory: 1.5Gi}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: two}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers:
      - {name: a, image: busybox:1.36, resources: {requests: {cpu: 0.25, memory: 500M}}}
      - {name: b, image: busybox:1.36, resources: {requests: {cpu: 250m, memory: 128Mi}}}
      restartPolicy: Never
`,
  check(r, h) {
    const w = r.metrics.pools.w;
    const mem = 1610612736 + 500000000 + 134217728;
    h.eq([w.cpuRequestedPeakMilli, w.cpuRequestedMeanMilli, w.cpuUtilization], [2000, 2000, 0.5], 'cpu');
    h.eq([w.memoryRequestedPeakBytes, w.memoryRequestedMeanBytes, w.memoryUtilization], [mem, mem, Math.round((mem / 2 ** 33) * 10000) / 10000], 'memory');
    h.eq(w.series.cpuRequestedMilli, [[0, 2000]], 'cpu series');
    h.eq(h.podsOf('lim')[0].spec.containers[0].resources.requests, { cpu: '1500m', memory: '1536Mi' }, 'requests defaulted from limits, canonical');
  },
};
