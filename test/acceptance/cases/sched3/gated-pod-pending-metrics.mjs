// A pod with scheduling gates never reaches the scheduler: no Scheduled or FailedScheduling event,
// it stays unbound, and counts as pending for the whole run (pendingPeak 1, pendingMean 1).
export default {
  id: 'sched3/gated-pod-pending-metrics',
  source: 'schedulinggates/scheduling_gates.go PreEnqueue ("waiting for scheduling gates"); backend/queue/scheduling_queue.go (gated pods kept out of activeQ, no scheduling attempt, no event); README metrics pods.pendingPeak/pendingMean (unbound pods)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      schedulingGates: [{ name: example.com/wait }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, undefined, 'unbound');
    h.eq(r.events.filter((e) => e.source?.component === 'default-scheduler').length, 0, 'no scheduler events');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason], ['False', 'SchedulingGated'], 'PodScheduled');
    h.eq(r.metrics.pods.pendingPeak, 1, 'pendingPeak');
    h.eq(r.metrics.pods.pendingMean, 1, 'pendingMean');
    h.eq(r.metrics.pods.schedulingWaitSeconds, { p50: null, p95: null, max: null }, 'no binding: every percentile null');
    h.eq(h.job('j').status.active, 1, 'active');
  },
};
