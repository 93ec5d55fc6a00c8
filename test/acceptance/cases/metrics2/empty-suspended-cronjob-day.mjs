// An empty run: only a CronJob created suspended (never resumed). A scenario with a CronJob runs 24h
// (endedBy duration, virtualSeconds 86400); it owes nothing, starts nothing: metrics.cronJobs is empty
// (a CronJob is listed only once a Job finished or a run was missed); no Job or pod: counts 0, every
// percentile and lastFinishedAt null; the default pool (3 nodes of 4 CPU / 16Gi) is listed with its
// capacity and zero requests; series are [[0, 0]].
export default {
  id: 'metrics2/empty-suspended-cronjob-day',
  source: 'README Scenario format (a scenario with a CronJob runs 24h; default pool); README metrics table (cronJobs listing, missedSchedules "neither suspended ...", null when no sample, series "an idle series has only [0, 0]")',
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: paused}
spec:
  schedule: "*/5 * * * *"
  suspend: true
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq([r.spec.end, r.spec.endedBy, m.simulation.virtualSeconds], ['2026-01-02T00:00:00Z', 'duration', 86400], 'run');
    h.eq(m.cronJobs, {}, 'cronJobs');
    h.eq(m.jobs, { complete: 0, failed: 0, failedReasons: {}, durationSeconds: { p50: null, p95: null, p99: null, max: null }, lastFinishedAt: null }, 'jobs');
    h.eq([m.pods.succeeded, m.pods.failed, m.pods.schedulingWaitSeconds, m.pods.pendingMean, m.pods.pendingPeak, m.pods.pendingSeries.points], [0, 0, { p50: null, p95: null, max: null }, 0, 0, [[0, 0]]], 'pods');
    const p = m.pools.node;
    h.eq([p.cpuCapacityMilli, p.memoryCapacityBytes, p.cpuRequestedMeanMilli, p.cpuRequestedPeakMilli, p.cpuUtilization, p.memoryUtilization], [12000, 3 * 16 * 1024 ** 3, 0, 0, 0, 0], 'pool node');
    h.eq([p.series.cpuRequestedMilli, p.series.memoryRequestedBytes], [[[0, 0]], [[0, 0]]], 'pool series');
    h.eq([r.counts.Job, r.counts.Pod], [0, 0], 'counts');
  },
};
