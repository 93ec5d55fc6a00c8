// "still active, is time, F" then "is time, suspended" then resume: Forbid blocks 02:00 (JobAlreadyActive,
// lastScheduleTime stays 01:00). Suspended at 02:10, the 01:00 Job completes at 02:30:01 and is still seen
// (SawCompletedJob, lastSuccessfulTime) but nothing starts. The resume (02:45, not a schedule change) syncs at once:
// 02:00 is still the most recent unmet slot (03:00 not reached), so cj-<02:00> starts 45 minutes late; at 03:00 it
// blocks the next slot.
export default {
  id: 'cronrows/forbid-blocked-suspend-resume-late-start',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, F" (JobAlreadyActive, no create), "prev ran but done, is time, suspended" (status updated, no create, no requeue); cronjob_controllerv2.go updateCronJob (other change -> enqueueController), syncCronJob (suspend check before the schedule); utils.go mostRecentScheduleTime (now < t2 -> t1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T00:30:00Z"
  duration: 2h35m
  timeline:
  - { at: "2026-01-01T02:10:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: true } } }
  - { at: "2026-01-01T02:45:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
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
      ['2026-01-01T02:00:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      ['2026-01-01T02:30:01Z', 'SawCompletedJob', 'Saw completed job: cj-29453820, condition: Complete'],
      ['2026-01-01T02:45:00Z', 'SuccessfulCreate', 'Created job cj-29453880'],
      ['2026-01-01T03:00:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
    ], 'events');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, (st.active ?? []).map((a) => a.name)], ['2026-01-01T02:00:00Z', '2026-01-01T02:30:01Z', ['cj-29453880']], 'status');
    h.eq(h.job('cj-29453880').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T02:00:00Z', 'the late Job is the 02:00 slot');
  },
};
