// Changing spec.schedule re-queues the CronJob for the next time of the new schedule (nextScheduleTimeDuration),
// not now: the slot of the new schedule that passed just before the change is not run.
export default {
  id: 'cronjob/schedule-change-requeue',
  source: 'cronjob_controllerv2.go updateCronJob (schedule changed: AddAfter(nextScheduleTimeDuration)); reference §2.1, §2.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 50m
  timeline:
  - { at: 35m, patch: { kind: CronJob, name: sc, spec: { schedule: "*/10 * * * *" } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sc
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
    h.eq(h.jobsOf('sc').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['sc-29453800', 2400]], 'first Job: the 00:40 slot, at 00:40 (00:30 is not run at the change)');
  },
};
