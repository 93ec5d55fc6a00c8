// A CronJob at midnight in America/Santiago: Sep 6 2026 has no midnight (00:00 -> 01:00), and robfig skips that day rather than running at 01:00; the annotation shows -04:00 then -03:00.
export default {
  id: 'schedulecli/run-santiago-midnight-gap',
  source: 'cronjob_controllerv2.go syncCronJob/getJobFromTemplate2 (name = cronjob-<minutes>, annotation scheduledTime.In(timeZone).Format(RFC3339)); robfig/cron v3.0.1 spec.go Next (values from robfig on Go tzdata)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-09-04T12:00:00Z"
  duration: 3d
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 0 * * *"
  timeZone: America/Santiago
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
    const want = [['2026-09-05T04:00:00Z', '2026-09-05T00:00:00-04:00'], ['2026-09-07T03:00:00Z', '2026-09-07T00:00:00-03:00']];
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]),
      want.map(([utc, local]) => [`cj-${m(utc)}`, utc, local]), 'Jobs: name, creation time, scheduled-timestamp annotation in spec.timeZone');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
