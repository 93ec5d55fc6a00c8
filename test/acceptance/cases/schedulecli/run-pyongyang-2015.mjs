// Asia/Pyongyang moved from +09:00 to +08:30 at 2015-08-15 00:00 (clocks back to 23:30): local midnight of Aug 15 exists once (+08:30) but robfig skips it; the next run is Aug 16.
export default {
  id: 'schedulecli/run-pyongyang-2015',
  source: 'cronjob_controllerv2.go syncCronJob/getJobFromTemplate2 (name = cronjob-<minutes>, annotation scheduledTime.In(timeZone).Format(RFC3339)); robfig/cron v3.0.1 spec.go Next (values from robfig on Go tzdata)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2015-08-13T12:00:00Z"
  duration: 3d
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 0 * * *"
  timeZone: Asia/Pyongyang
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
    const want = [['2015-08-13T15:00:00Z', '2015-08-14T00:00:00+09:00'], ['2015-08-15T15:30:00Z', '2015-08-16T00:00:00+08:30']];
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]),
      want.map(([utc, local]) => [`cj-${m(utc)}`, utc, local]), 'Jobs: name, creation time, scheduled-timestamp annotation in spec.timeZone');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
