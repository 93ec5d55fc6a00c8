// CronJob concurrencyPolicy Replace every 2 minutes with a 150s pod, 10-minute run: each new slot
// deletes the running Job (SuccessfulDelete) and its pod is killed (exit 143, phase Failed). No Job ever
// reaches Complete/Failed: jobs.complete = failed = 0, no duration sample, lastFinishedAt null; the 3
// killed pods count in pods.failed. The old pod is killed and the new one bound in the same instant
// (02:00.1 + k*2m), so requested CPU never shows 2000m: 1000m from 120s to the end, mean 800m, peak 1000m.
export default {
  id: 'metrics/cron-replace-not-counted',
  source: 'README metrics table (jobs.complete/failed: Jobs that reached Complete/Failed; pods.failed); upstream cronjob_controllerv2.go syncCronJob Replace (deleteJob)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rep}
spec:
  duration: 10m
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "4", memory: 4Gi, pods: 110}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: r}
spec:
  schedule: "*/2 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "150s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq(h.events({ reason: 'SuccessfulDelete', kind: 'CronJob' }).length, 3, 'three replaced Jobs');
    h.eq(m.jobs, { complete: 0, failed: 0, failedReasons: {}, durationSeconds: { p50: null, p95: null, p99: null, max: null }, lastFinishedAt: null }, 'jobs');
    h.eq([m.pods.succeeded, m.pods.failed], [0, 3], 'pods');
    const p = m.pools.p;
    h.eq([p.cpuRequestedPeakMilli, p.cpuRequestedMeanMilli, p.cpuUtilization], [1000, 800, 0.2], 'cpu');
    h.assert(p.series.cpuRequestedMilli.every(([, v]) => v <= 1000), `never 2000m: ${JSON.stringify(p.series.cpuRequestedMilli)}`);
    h.eq(p.series.cpuRequestedMilli.filter(([, v]) => v > 0), [[120, 1000]], 'one step up at 120s, held to the end');
  },
};
