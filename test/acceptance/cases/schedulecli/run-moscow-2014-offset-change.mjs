// Europe/Moscow moved from +04:00 to +03:00 for good on 2014-10-26 at 02:00 (not a DST rule): 01:30 happens twice and the CronJob runs twice.
export default {
  id: 'schedulecli/run-moscow-2014-offset-change',
  source: 'cronjob_controllerv2.go syncCronJob/getJobFromTemplate2 (name = cronjob-<minutes>, annotation scheduledTime.In(timeZone).Format(RFC3339)); robfig/cron v3.0.1 spec.go Next (values from robfig on Go tzdata)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2014-10-25T12:00:00Z"
  duration: 36h
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "30 1 * * *"
  timeZone: Europe/Moscow
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
    const want = [['2014-10-25T21:30:00Z', '2014-10-26T01:30:00+04:00'], ['2014-10-25T22:30:00Z', '2014-10-26T01:30:00+03:00'], ['2014-10-26T22:30:00Z', '2014-10-27T01:30:00+03:00']];
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]),
      want.map(([utc, local]) => [`cj-${m(utc)}`, utc, local]), 'Jobs: name, creation time, scheduled-timestamp annotation in spec.timeZone');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
