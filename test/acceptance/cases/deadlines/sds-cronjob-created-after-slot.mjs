// The look-back starts at creationTimestamp when there is no lastScheduleTime: a CronJob "*/5" created at 5m30s (timeline)
// never runs the 00:05 slot (Next(00:05:30) = 00:10), SDS or not: its first Job is 00:10's, created on time (requeue
// 00:10:00.1, creationTimestamp 00:10:00), no warning.
export default {
  id: 'deadlines/sds-cronjob-created-after-slot',
  source: 'pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliestTime = cj.ObjectMeta.CreationTimestamp when LastScheduleTime is nil), nextScheduleTimeDuration (+100ms); reference cronjob-and-friends §2.3, §2.5',
  args: ['--duration', '11m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
    - at: 5m30s
      create:
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "*/5 * * * *"
          startingDeadlineSeconds: 3600
          jobTemplate:
            spec:
              template:
                spec:
                  containers: [{name: c, image: busybox}]
                  restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.cronjob('c').metadata.creationTimestamp), 330, 'CronJob creation');
    h.eq(h.jobsOf('c').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['c-29453770', 600]], 'jobs');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warnings');
  },
};
