// Missed schedules (cronjob e2e area): "*/1", startingDeadlineSeconds 30, the CronJob controller down from 1m30s to
// 5m20s. Back, it looks back 30s (earliest 4m50s): the 5m slot is the most recent unmet time inside the window, so one
// late Job for 5m (missed-29453765) is created at 5m20s with the 5m scheduled timestamp; the 2m-4m slots are dropped.
export default {
  id: 'e2e2/cronjob-missed-sds-within',
  source: 'test/e2e/apps/cronjob.go (missed schedules, "should be able to schedule after more than 100 missed schedule" family); cronjob/utils.go mostRecentScheduleTime (includeStartingDeadlineSeconds: earliestTime = max(lastScheduleTime, now - SDS)), cronjob_controllerv2.go syncCronJob (scheduledTime nil: requeue to next)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 7m
  faults:
  - {at: 90s, controllerDown: cronjob, for: 230s}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: missed}
spec:
  schedule: "*/1 * * * ?"
  startingDeadlineSeconds: 30
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 5s}}
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox, command: [/bin/true]}]
`,
  check(r, h) {
    h.eq(h.jobsOf('missed').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['missed-29453761', 60, '2026-01-01T00:01:00Z'], ['missed-29453765', 320, '2026-01-01T00:05:00Z'], ['missed-29453766', 360, '2026-01-01T00:06:00Z']], 'one late Job for the 5m slot');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 60], ['SawCompletedJob', 66], ['SuccessfulCreate', 320], ['SawCompletedJob', 326], ['SuccessfulCreate', 360], ['SawCompletedJob', 366]], 'cronjob events');
    h.eq(h.events({ type: 'Warning' }).length, 0, 'no MissSchedule or other warning');
  },
};
