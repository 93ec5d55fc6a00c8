// README pods.schedulingWaitSeconds: from a pod's creation to its binding. A Job pinned to node a-1
// (nodeSelector hostname) whose node stops answering at 10s for 10m: its pod is evicted, the
// replacement fits nowhere (a-1 tainted unreachable, b-1 not selected) and is pending until the node
// lifecycle controller removes the taints at its first monitor pass after the return (610s, within
// 5s): the scheduler retries on the Node taint update (TaintToleration's EventsToRegister), not at the
// 5-minute flush. Pending series 1 over [created, bound); wait = bound - created; pool a releases the
// old pod at 610 and takes the replacement from its binding; pool b never requests anything.
export default {
  id: 'metrics/wait-until-taint-removed',
  source: 'README metrics table; upstream pkg/scheduler/framework/plugins/tainttoleration EventsToRegister (Node Add|UpdateNodeTaint); nodelifecycle monitor period 5s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
      - name: b
        count: 1
        capacity: {cpu: "1", memory: 4Gi, pods: 110}
  faults:
    - {at: 10s, nodeDown: a-1, for: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: a-1}
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'two pods');
    const tc = h.sec(pods[1].metadata.creationTimestamp);
    const sched = h.events({ reason: 'Scheduled', name: pods[1].metadata.name });
    h.eq(sched.length, 1, 'replacement scheduled once');
    const tb = h.sec(sched[0].firstTimestamp);
    h.assert(tb >= 610 && tb <= 615, `replacement bound at the taint removal (610..615s), got ${tb}`);
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: tb - tc, max: tb - tc }, 'waits 0 and bound - created');
    h.eq(m.pods.pendingSeries.points.filter(([t]) => t > 0), [[tc, 1], [tb, 0]], 'pending series');
    h.eq(m.pods.pendingPeak, 1, 'pending peak');
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 1000], [610, 0], [tb, 1000], [tb + 3600, 0]], 'pool a series');
    h.eq([m.pools.b.cpuRequestedPeakMilli, m.pools.b.cpuRequestedMeanMilli], [0, 0], 'pool b unused');
  },
};
