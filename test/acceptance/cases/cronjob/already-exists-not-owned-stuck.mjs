// A Job with the CronJob's next name that the CronJob does not own: the create fails with AlreadyExists, the CronJob
// returns with no event, no status change and no requeue, so it creates nothing more (until an informer resync).
export default {
  id: 'cronjob/already-exists-not-owned-stuck',
  source: 'reference cronjob-and-friends §2.6 m (AlreadyExists, not controlled: no status change, no requeue), §8.7; README known differences (resync not modelled)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 3h30m
---
apiVersion: batch/v1
kind: Job
metadata:
  name: hourly-29453880
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hourly
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
    h.eq(h.jobsOf('hourly').map((j) => j.metadata.name), ['hourly-29453820'], 'only the 01:00 Job; 02:00 collides, 03:00 never comes');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => e.reason), ['SuccessfulCreate', 'SawCompletedJob'], 'no FailedCreate or other event');
    h.eq(h.cronjob('hourly').status.lastScheduleTime, '2026-01-01T01:00:00Z', 'lastScheduleTime not advanced');
    h.assert(!h.job('hourly-29453880').metadata.ownerReferences, 'the foreign Job stays unowned');
  },
};
