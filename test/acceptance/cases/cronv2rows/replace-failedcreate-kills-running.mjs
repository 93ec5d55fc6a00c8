// Replace with a job template the API server refuses: at 00:10 the running 00:05 Job is deleted first (SuccessfulDelete,
// status.active emptied and written though the sync fails), then the create fails (FailedCreate, retried with back-off):
// the CronJob is left with no Job running and lastScheduleTime at 00:05.
export default {
  id: 'cronv2rows/replace-failedcreate-kills-running',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (ReplaceConcurrent: for each Status.Active GetJob, deleteJob -> updateStatus = true; then CreateJob error -> FailedCreate "Error creating job: %v", return nil, updateStatus, err), sync (UpdateStatus when updateStatusAfterSync even on syncErr), deleteJob ("Deleted job %v"); TestControllerV2SyncCronJob row "still active, is time, R" (expectDelete)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 12m
  timeline:
  - { at: 7m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { labels: { job-name: custom } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    h.eq(ev.slice(0, 3).map((e) => [e.firstTimestamp, e.type, e.reason]), [
      ['2026-01-01T00:05:00Z', 'Normal', 'SuccessfulCreate'],
      ['2026-01-01T00:10:00Z', 'Normal', 'SuccessfulDelete'],
      ['2026-01-01T00:10:00Z', 'Warning', 'FailedCreate'],
    ], 'delete first, then the refused create');
    h.eq(ev[1].message, 'Deleted job cj-29453765', 'deleted the running Job');
    h.assert(ev[2].message.startsWith('Error creating job: Job.batch "cj-29453770" is invalid: spec.template.metadata.labels[job-name]: Invalid value: '), ev[2].message);
    h.assert(ev.slice(3).every((e) => e.reason === 'FailedCreate'), 'only retries after');
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.deletionTimestamp ?? null]), [['cj-29453765', '2026-01-01T00:10:00Z']], 'no replacement Job');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, st.active ?? []], ['2026-01-01T00:05:00Z', []], 'active emptied, lastScheduleTime not advanced');
  },
};
