// Forbid blocks the 00:20 slot (JobAlreadyActive; lastScheduleTime stays 00:10). Patching concurrencyPolicy to Allow
// at 00:25 enqueues the CronJob at once: the blocked slot is still the most recent unmet time, so cj-<00:20> is
// created at 00:25 beside the running Job; the 00:30 slot then runs on time (three active Jobs).
export default {
  id: 'croninterplay/forbid-to-allow-starts-blocked-slot',
  source: 'cronjob_controllerv2.go updateCronJob (non-schedule change: enqueue now), syncCronJob (Forbid leaves LastScheduleTime; the most recent unmet time is created late)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 32m
  timeline:
  - {at: 25m, patch: {kind: CronJob, name: cj, spec: {concurrencyPolicy: Allow}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "25m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1200, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      [1500, 'SuccessfulCreate', 'Created job cj-29453780'],
      [1800, 'SuccessfulCreate', 'Created job cj-29453790'],
    ], 'CronJob events');
    h.eq(h.job('cj-29453780').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:20:00Z', 'late Job carries its slot');
    const cj = h.cronjob('cj');
    h.eq([(cj.status.active ?? []).map((a) => a.name), cj.status.lastScheduleTime], [['cj-29453770', 'cj-29453780', 'cj-29453790'], '2026-01-01T00:30:00Z'], 'status');
  },
};
