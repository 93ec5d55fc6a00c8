// Replace with "@every 30s" and Jobs that outlive a minute: the :30 slot's Job name (minutes since the epoch) is the
// name of the Job started at :00, which is in status.active by name, so the slot counts as already processed: nothing
// is deleted or created (and lastScheduleTime stays on :00). At the next full minute the name is new: the running Job
// is deleted and replaced. So Replace swaps the Job once a minute, not every 30 seconds.
export default {
  id: 'cronrows/replace-every-30s-same-minute-not-replaced',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (inActiveListByName(getJobName(scheduledTime)) -> "already processed" requeue, checked before the Replace branch); getJobName / utils.go getTimeHashInMinutes; cronjob_controllerv2_test.go TestControllerV2SyncCronJob "still active, is time, R"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m45s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@every 30s"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 5m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [30, 'SuccessfulCreate', 'Created job cj-29453760'],
      [60, 'SuccessfulDelete', 'Deleted job cj-29453760'],
      [60, 'SuccessfulCreate', 'Created job cj-29453761'],
      [120, 'SuccessfulDelete', 'Deleted job cj-29453761'],
      [120, 'SuccessfulCreate', 'Created job cj-29453762'],
    ], 'nothing at 01:30 and 02:30');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2026-01-01T00:02:00Z', ['cj-29453762']], 'lastScheduleTime stays on the full minute');
    h.eq(h.job('cj-29453760').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:00:30Z', 'first Job is the 00:00:30 slot');
  },
};
