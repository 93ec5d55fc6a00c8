// Edge case: a scenario with no Job and no CronJob. The run ends by quiet at t=0; items hold only the
// Nodes; counts list every kind of the contract with 0; metrics keep their shape with null for
// statistics over no samples (percentiles, max, lastFinishedAt) and empty series.
export default {
  id: 'results/zero-jobs',
  source: 'CONTRACT.md §2 ("runs until nothing more can happen"), §3 (items, counts: objects created per kind); README metrics table',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: empty}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 2Gi, pods: 110}}
`,
  check(r, h) {
    h.eq(r.spec, { seed: 1, start: '2026-01-01T00:00:00Z', end: '2026-01-01T00:00:00Z', endedBy: 'quiet' }, 'spec');
    h.eq(r.items.map((o) => `${o.kind}/${o.metadata.name}`), ['Node/w-1', 'Node/w-2'], 'items');
    h.eq(r.events, [], 'events');
    h.eq(r.counts, { CronJob: 0, Job: 0, Pod: 0, Node: 2, Event: 0 }, 'counts');
    const m = r.metrics;
    h.eq(m.jobs, { complete: 0, failed: 0, failedReasons: {}, durationSeconds: { p50: null, p95: null, p99: null, max: null }, lastFinishedAt: null }, 'jobs');
    h.eq([m.pods.succeeded, m.pods.failed, m.pods.schedulingWaitSeconds, m.pods.pendingMean, m.pods.pendingPeak], [0, 0, { p50: null, p95: null, max: null }, 0, 0], 'pods');
    h.eq(m.pools.w.cpuCapacityMilli, 4000, 'capacity');
    h.eq([m.pools.w.cpuRequestedPeakMilli, m.pools.w.cpuUtilization], [0, 0], 'no requests');
    h.eq(m.simulation, { steps: 0, virtualSeconds: 0, schedulingDecisions: 0 }, 'simulation');
  },
};
