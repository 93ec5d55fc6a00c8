// Job names are "<cronjob>-<scheduledTime.Unix() / 60>" with Go's integer division, which truncates toward zero. Before
// 1970 an "@every 90s" slot at 23:56:30Z (Unix -210) is minute -3, so its Job is cj--3 (not cj--4, the floor); the
// 23:58:00Z slot (Unix -120) is cj--2 either way.
export default {
  id: 'cronv2rows/pre-epoch-job-name-truncates',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go getJobName (fmt.Sprintf("%s-%d", cj.Name, getTimeHashInMinutes(scheduledTime))), utils.go getTimeHashInMinutes (scheduledTime.Unix() / 60: Go int64 division truncates toward zero); robfig/cron v3 ConstantDelaySchedule.Next',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "1969-12-31T23:55:00Z"
  duration: 4m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@every 90s"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [
      ['1969-12-31T23:56:30Z', 'Created job cj--3'],
      ['1969-12-31T23:58:00Z', 'Created job cj--2'],
    ], 'Job names: Unix()/60 truncated toward zero');
    h.eq(h.job('cj--3').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '1969-12-31T23:56:30Z', 'annotation');
  },
};
