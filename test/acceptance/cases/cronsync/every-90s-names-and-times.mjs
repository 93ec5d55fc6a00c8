// "@every 90s" from a CronJob created at 00:00:00: slots 00:01:30, 00:03:00, 00:04:30. lastScheduleTime and the
// scheduled-timestamp annotation keep the seconds; the Job name is the slot's whole minutes since the epoch
// (floor), so 00:01:30 is cj-29453761 and 00:04:30 cj-29453764.
export default {
  id: 'cronsync/every-90s-names-and-times',
  source: 'robfig/cron v3 ConstantDelaySchedule.Next (t.Add(Delay - nanoseconds).Truncate(second)); cronjob_controllerv2.go getJobName (getTimeHashInMinutes = Unix()/60); utils.go getJobFromTemplate2 (RFC3339 annotation)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
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
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29453761', '2026-01-01T00:01:30Z', '2026-01-01T00:01:30Z'],
      ['cj-29453763', '2026-01-01T00:03:00Z', '2026-01-01T00:03:00Z'],
      ['cj-29453764', '2026-01-01T00:04:30Z', '2026-01-01T00:04:30Z'],
    ], 'names, creation, annotation');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T00:04:30Z', 'lastScheduleTime keeps the seconds');
  },
};
