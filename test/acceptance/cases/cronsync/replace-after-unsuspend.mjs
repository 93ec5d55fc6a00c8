// Replace across a suspension: the Job of 00:10 keeps running while suspended (00:15-00:35). At resume the most recent
// missed slot (00:30) runs at once and Replace deletes the running Job first, in the same sync; lastScheduleTime and
// the annotation are the nominal 00:30, the Job is named after 00:30. At 00:40 the next replacement is on time.
export default {
  id: 'cronsync/replace-after-unsuspend',
  source: 'cronjob_controllerv2.go updateCronJob (suspend change: enqueue now), syncCronJob (ReplaceConcurrent: GetJob, deleteJob "Deleted job %v", then CreateJob; LastScheduleTime = scheduledTime); utils.go mostRecentScheduleTime, getJobFromTemplate2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 45m
  timeline:
  - { at: 15m, patch: { kind: CronJob, name: cj, spec: { suspend: true } } }
  - { at: 35m, patch: { kind: CronJob, name: cj, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
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
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:10:00Z', 'SuccessfulCreate', 'Created job cj-29453770'],
      ['2026-01-01T00:35:00Z', 'SuccessfulDelete', 'Deleted job cj-29453770'],
      ['2026-01-01T00:35:00Z', 'SuccessfulCreate', 'Created job cj-29453790'],
      ['2026-01-01T00:40:00Z', 'SuccessfulDelete', 'Deleted job cj-29453790'],
      ['2026-01-01T00:40:00Z', 'SuccessfulCreate', 'Created job cj-29453800'],
    ], 'CronJob events');
    const j = h.job('cj-29453790');
    h.eq([j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], j.metadata.deletionTimestamp], ['2026-01-01T00:35:00Z', '2026-01-01T00:30:00Z', '2026-01-01T00:40:00Z'], 'the late Job of the 00:30 slot');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2026-01-01T00:40:00Z', ['cj-29453800']], 'status');
  },
};
