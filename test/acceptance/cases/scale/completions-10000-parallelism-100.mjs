// completions 10000, parallelism 100, 10s pods: 100 waves; each wave's pods finish 10s after creation and the
// replacements come at the next batched sync, 1s later: one wave per 11s, Complete at 100 x 11s = 1100s.
export default {
  id: 'scale/completions-10000-parallelism-100',
  source: 'job_controller.go manageJob wantActive = min(completions - succeeded, parallelism); updatePod -> enqueueSyncJobBatched (1s)',
  timeoutMs: 120000,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: tenk }
spec:
  completions: 10000
  parallelism: 100
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('tenk');
    h.eq([j.status.succeeded, j.status.failed, j.status.active], [10000, undefined, undefined], 'succeeded, failed, active');
    h.eq(h.sec(j.status.completionTime), 1100, 'completionTime');
    h.eq(r.counts.Pod, 10000, 'pods created');
    h.eq(h.events({ kind: 'Job', name: 'tenk', reason: 'SuccessfulCreate' }).length, 10000, 'SuccessfulCreate events');
    const waves = new Set(h.events({ kind: 'Job', name: 'tenk', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)));
    h.eq([waves.size, Math.min(...waves), Math.max(...waves)], [100, 0, 1089], 'creation waves');
    h.eq([r.metrics.jobs.durationSeconds.max, r.metrics.pods.succeeded, r.spec.endedBy], [1100, 10000, 'quiet'], 'metrics');
  },
};
