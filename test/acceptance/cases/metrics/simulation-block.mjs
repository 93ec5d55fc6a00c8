// README metrics table: simulation.{steps,virtualSeconds,schedulingDecisions}: "simulated time" is the
// run's length, end - start, in seconds (here a run cut at 90m30s); scheduler decisions: the preemption
// scenario has exactly 3 (lo bound, hi unschedulable with preemption, hi bound); steps > 0.
export default {
  id: 'metrics/simulation-block',
  source: 'README metrics table (simulation.*)',
  args: ['--duration', '90m30s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pre}
spec:
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
  timeline:
    - at: 30s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: hi}
        spec:
          template:
            metadata: {annotations: {jobsim/duration: "60s"}}
            spec:
              priorityClassName: high
              restartPolicy: Never
              containers: [{name: c, image: x, resources: {requests: {cpu: "2"}}}]
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: lo}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1500m"}}}]
`,
  check(r, h) {
    const s = r.metrics.simulation;
    h.eq(h.sec(r.spec.end), 5430, 'end');
    h.eq(s.virtualSeconds, 5430, 'virtualSeconds = end - start');
    h.eq(s.schedulingDecisions, 3, 'schedulingDecisions');
    h.assert(Number.isInteger(s.steps) && s.steps > 0, 'steps');
    h.eq(r.metrics.pools.p.cpuRequestedMeanMilli, Math.round((1500 * 30 + 2000 * 60) / 5430), 'mean over the whole cut run');
  },
};
