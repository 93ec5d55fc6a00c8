// @every 1h with startingDeadlineSeconds 600: Next(now - 600s) is always in the future, no Job is ever created.
export default {
  id: 'cronjob/every-with-short-sds-never-runs',
  source: 'reference cronjob-and-friends §2.9 (@every + SDS < d never fires; upstream disabled test), §8.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 5h
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: evs
spec:
  schedule: "@every 1h"
  startingDeadlineSeconds: 600
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job in 5h');
    h.eq(h.events({ kind: 'CronJob' }).length, 0, 'silently, no event');
    h.assert(h.cronjob('evs').status.lastScheduleTime === undefined, 'no lastScheduleTime');
  },
};
