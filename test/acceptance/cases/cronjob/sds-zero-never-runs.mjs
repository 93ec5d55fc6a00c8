// startingDeadlineSeconds: 0 is legal, but the sync runs 100ms after the slot, so earliest = now and Next(now) is
// always in the future: no Job is ever created. startingDeadlineSeconds: 1 runs every slot on time.
export default {
  id: 'cronjob/sds-zero-never-runs',
  source: 'reference cronjob-and-friends §1.1 (SDS >= 0, 0 legal), §2.3 (earliest = max(earliest, now - SDS); Next strictly after), §2.5 (+100ms)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 35m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: zero
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: one
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 1
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('zero').length, 0, 'SDS 0: no Job');
    h.eq(h.cronjob('zero').status.lastScheduleTime, undefined, 'SDS 0: no lastScheduleTime');
    h.eq(h.events({ kind: 'CronJob', name: 'zero' }).length, 0, 'SDS 0: silently');
    h.eq(h.jobsOf('one').map((j) => h.sec(j.metadata.creationTimestamp)), [600, 1200, 1800], 'SDS 1: on time');
  },
};
