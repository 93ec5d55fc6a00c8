// cronjob-outage.yaml's closing remark: with startingDeadlineSeconds: 600 the CronJob also runs the 00:40 slot
// when the controller returns at +47m (00:40 is after max(00:10, 00:47 - 600s = 00:37)): a Job named and
// annotated after 00:40, created at 00:47:00; 00:20 and 00:30 are never run.
export default {
  id: 'scenrev/cronjob-outage-deadline-600',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (schedulingDeadline = now - startingDeadlineSeconds when after lastScheduleTime; the most recent missed time is returned), getJobFromTemplate2 (name suffix getTimeHashInMinutes, cronjob-scheduled-timestamp annotation)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: cronjob-outage-600
spec:
  duration: 1h
  faults:
  - { at: 15m, controllerDown: cronjob, for: 32m }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sync-deadline-10m
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 600
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: sync
            image: registry.example.com/sync:2.0
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.jobsOf('sync-deadline-10m').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['sync-deadline-10m-29453770', 600, '2026-01-01T00:10:00Z'],
      ['sync-deadline-10m-29453800', 2820, '2026-01-01T00:40:00Z'],
      ['sync-deadline-10m-29453810', 3000, '2026-01-01T00:50:00Z'],
    ], 'Jobs');
    h.eq(r.events.filter((e) => ['TooManyMissedTimes', 'MissSchedule'].includes(e.reason)).length, 0, 'no missed-schedule warnings');
  },
};
