// "0 * * * *" ran at 01:00; the CronJob controller is down 01:10-01:50 and the schedule is changed to
// "15 * * * *" at 01:20, during the outage. The restarted controller lists the CronJob (an add: sync at once) and
// looks back from lastScheduleTime with the new schedule: 01:15 is the most recent unmet time, so cj-<01:15> is
// created at 01:50; then 02:15 runs on time.
export default {
  id: 'croninterplay/schedule-changed-during-outage',
  source: 'cronjob_controllerv2.go NewControllerV2 (AddFunc: enqueueController), syncCronJob; utils.go mostRecentScheduleTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 2h20m
  faults:
  - {at: 1h10m, controllerDown: cronjob, for: 40m}
  timeline:
  - {at: 1h20m, patch: {kind: CronJob, name: cj, spec: {schedule: "15 * * * *"}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29453820', 3600, '2026-01-01T01:00:00Z'],
      ['cj-29453835', 6600, '2026-01-01T01:15:00Z'],
      ['cj-29453895', 8100, '2026-01-01T02:15:00Z'],
    ], 'Jobs');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
