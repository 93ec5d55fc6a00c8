// e2e "should support timezone" (the valid side): schedule "5 9 * * *" with timeZone Asia/Tokyo fires at 09:05 JST =
// 00:05Z. The Job name uses minutes since the Unix epoch of that instant (29453765); the scheduled-timestamp annotation
// is written in the CronJob's zone, "2026-01-01T09:05:00+09:00"; lastScheduleTime is 00:05Z.
export default {
  id: 'e2e2/cronjob-timezone',
  source: 'test/e2e/apps/cronjob.go "should support timezone"; cronjob_controllerv2.go syncCronJob (time.LoadLocation(spec.timeZone), sched in location), utils.go getJobFromTemplate2 (getJobName = scheduledTime.Unix()/60, annotation scheduledTime.In(timeZoneLocation).Format(RFC3339))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 10m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cronjob-with-timezone}
spec:
  schedule: "5 9 * * *"
  timeZone: Asia/Tokyo
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox, command: [/bin/true]}]
`,
  check(r, h) {
    const cj = h.cronjob('cronjob-with-timezone');
    h.eq(h.jobsOf('cronjob-with-timezone').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cronjob-with-timezone-29453765', 300, '2026-01-01T09:05:00+09:00']], 'one Job at 00:05Z');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], ['2026-01-01T00:05:00Z', '2026-01-01T00:05:11Z'], 'status in UTC');
  },
};
