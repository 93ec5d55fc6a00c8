// restartPolicy OnFailure, exit codes 1,1,0, 10s each: the container runs [0,10) and fails, is restarted
// at once (no back-off entry yet), runs [10,20) and fails, waits the crash-loop backoff 10s, runs
// [30,40) and succeeds. The pod is never terminal in between, so it keeps its 500m / 256Mi requested all
// along, back-off included (the scheduler counts it): series [[0,500],[40,0]]; one pod succeeded, none
// failed; the Job takes 41s.
export default {
  id: 'metrics/onfailure-crashloop-holds-requests',
  source: 'README metrics table (requests until terminal; pods counted by phase); README kubelet crash-loop backoff 0, 10s, 20s ...',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ol}
spec:
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "1", memory: 1Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: OnFailure
      containers: [{name: c, image: x, resources: {requests: {cpu: 500m, memory: 256Mi}}}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.pools.p.series.cpuRequestedMilli, [[0, 500], [40, 0]], 'cpu series');
    h.eq(m.pools.p.series.memoryRequestedBytes, [[0, 268435456], [40, 0]], 'memory series');
    h.eq([m.pods.succeeded, m.pods.failed], [1, 0], 'pods');
    h.eq(m.jobs.durationSeconds.max, 41, 'duration');
  },
};
