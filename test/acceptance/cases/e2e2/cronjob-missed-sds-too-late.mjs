// Missed schedules (cronjob e2e area): "*/1", startingDeadlineSeconds 30, the CronJob controller down from 1m30s to
// 5m40s. Back, it looks back only 30s (earliest = now - 30s = 5m10s): no schedule time in (5m10s, 5m40s], so no late Job
// is started and no event is recorded; the next Job is the regular 6m one.
export default {
  id: 'e2e2/cronjob-missed-sds-too-late',
  source: 'test/e2e/apps/cronjob.go (missed schedules, "should be able to schedule after more than 100 missed schedule" family); cronjob/utils.go mostRecentScheduleTime (includeStartingDeadlineSeconds: earliestTime = max(lastScheduleTime, now - SDS)), cronjob_controllerv2.go syncCronJob (scheduledTime nil: requeue to next)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 7m
  faults:
  - {at: 90s, controllerDown: cronjob, for: 250s}
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
    h.eq(h.jobsOf('missed').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['missed-29453761', 60], ['missed-29453766', 360]], 'jobs: none for the missed 2m-5m slots');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 60], ['SawCompletedJob', 66], ['SuccessfulCreate', 360], ['SawCompletedJob', 366]], 'cronjob events: nothing at the return (5m40s)');
  },
};
