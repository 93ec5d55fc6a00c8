// Australia/Lord_Howe ends DST with a 30-minute step (02:00 +11:00 -> 01:30 +10:30): 01:30 local happens twice on Apr 5 2026 and the CronJob runs twice, annotations +11:00 and +10:30.
export default {
  id: 'schedulecli/run-lord-howe-repeat',
  source: 'cronjob_controllerv2.go syncCronJob/getJobFromTemplate2 (name = cronjob-<minutes>, annotation scheduledTime.In(timeZone).Format(RFC3339)); robfig/cron v3.0.1 spec.go Next (values from robfig on Go tzdata)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-04-03T12:00:00Z"
  duration: 60h
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "30 1 * * *"
  timeZone: Australia/Lord_Howe
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
    const want = [['2026-04-03T14:30:00Z', '2026-04-04T01:30:00+11:00'], ['2026-04-04T14:30:00Z', '2026-04-05T01:30:00+11:00'], ['2026-04-04T15:00:00Z', '2026-04-05T01:30:00+10:30'], ['2026-04-05T15:00:00Z', '2026-04-06T01:30:00+10:30']];
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]),
      want.map(([utc, local]) => [`cj-${m(utc)}`, utc, local]), 'Jobs: name, creation time, scheduled-timestamp annotation in spec.timeZone');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
