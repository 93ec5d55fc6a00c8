// robfig quirk: "31 1 31 apr ?" (April 31 does not exist) fires on 1991-05-31 in Asia/Beirut, because May 1 1991 00:00 did not exist and the day loop's DST correction steps back into April 30 and then past the month check. The API server accepts the schedule and the controller creates that Job.
export default {
  id: 'schedulecli/run-beirut-never-escapes',
  source: 'cronjob_controllerv2.go syncCronJob/getJobFromTemplate2 (name = cronjob-<minutes>, annotation scheduledTime.In(timeZone).Format(RFC3339)); robfig/cron v3.0.1 spec.go Next (values from robfig on Go tzdata); validation accepts it (ParseStandard succeeds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "1991-04-30T12:00:00Z"
  duration: 32d
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "31 1 31 apr ?"
  timeZone: Asia/Beirut
  successfulJobsHistoryLimit: 10
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const m = (iso) => Math.floor(Date.parse(iso) / 60000);
    const want = [['1991-05-30T22:31:00Z', '1991-05-31T01:31:00+03:00']];
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]),
      want.map(([utc, local]) => [`cj-${m(utc)}`, utc, local]), 'Jobs: name, creation time, scheduled-timestamp annotation in spec.timeZone');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
