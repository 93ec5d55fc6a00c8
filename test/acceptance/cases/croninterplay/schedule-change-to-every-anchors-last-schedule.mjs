// Switching "*/10 * * * *" to "@every 7m" at 00:25 (last run 00:20): @every is a constant delay from
// lastScheduleTime, so the handler requeues for 00:27:00.1 (earlier than the pending 00:30:00.1, which it
// replaces); Jobs follow at 00:27 and 00:34, named by those minutes. The fourth Job's completion deletes the first
// (default successfulJobsHistoryLimit 3).
export default {
  id: 'croninterplay/schedule-change-to-every-anchors-last-schedule',
  source: 'cronjob_controllerv2.go updateCronJob (nextScheduleTimeDuration with the new schedule); robfig/cron ConstantDelaySchedule.Next; utils.go nextScheduleTimeDuration (base = earliest when nothing is missed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 40m
  timeline:
  - {at: 25m, patch: {kind: CronJob, name: cj, spec: {schedule: "@every 7m"}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29453770', 600, '2026-01-01T00:10:00Z'],
      ['cj-29453780', 1200, '2026-01-01T00:20:00Z'],
      ['cj-29453787', 1620, '2026-01-01T00:27:00Z'],
      ['cj-29453794', 2040, '2026-01-01T00:34:00Z'],
    ], 'Jobs');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[2051, 'Deleted job cj-29453770']], 'history cleanup');
  },
};
