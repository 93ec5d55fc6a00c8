// TestControllerV2UpdateCronJob "spec.template changed" (synced at once) on a Replace CronJob whose 01:00 Job is still
// running ("still active, not time, R"): the patch at 01:30 syncs at once but no slot is due, so nothing is deleted
// and the running Job keeps its old labels. At 02:00 ("still active, is time, R") it is deleted (SuccessfulDelete)
// and the 02:00 Job, made from the new template, is created in the same sync: status.active holds only the new one.
export default {
  id: 'cronrows/replace-template-patch-waits-for-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob "spec.template changed" (delay 0), TestControllerV2SyncCronJob "still active, not time, R" (no delete) and "still active, is time, R" (expectDelete, expectCreate, expectActive 1); utils.go getJobFromTemplate2 (labels copied from the current template)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T00:30:00Z"
  duration: 1h35m
  timeline:
  - { at: "2026-01-01T01:30:00Z", patch: { kind: CronJob, name: cj, spec: { jobTemplate: { metadata: { labels: { rev: "2" } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    metadata:
      labels: {rev: "1"}
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: 90m}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T01:00:00Z', 'SuccessfulCreate', 'Created job cj-29453820'],
      ['2026-01-01T02:00:00Z', 'SuccessfulDelete', 'Deleted job cj-29453820'],
      ['2026-01-01T02:00:00Z', 'SuccessfulCreate', 'Created job cj-29453880'],
    ], 'nothing at the 01:30 patch; delete then create at 02:00');
    h.eq(h.job('cj-29453820').metadata.labels.rev, '1', 'old Job keeps the old label');
    h.eq(h.job('cj-29453820').metadata.deletionTimestamp, '2026-01-01T02:00:00Z', 'old Job deleted at 02:00');
    h.eq(h.job('cj-29453880').metadata.labels.rev, '2', 'new Job from the patched template');
    h.eq((h.cronjob('cj').status.active ?? []).map((a) => a.name), ['cj-29453880'], 'active');
  },
};
