// "0 0 31 2 *" parses and validates but never fires: the first sync reports Warning InvalidSchedule
// "invalid schedule: <schedule> : time difference between two schedules is less than 1 second", no Job, no requeue.
export default {
  id: 'cronjob/invalid-schedule-never-fires',
  source: 'reference cronjob-and-friends §1.2 (zero time when nothing within 5 years), §2.6 g (InvalidSchedule, no requeue); cronjob_controllerv2.go syncCronJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 2d
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: feb31
spec:
  schedule: "0 0 31 2 *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job');
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [[0, 'Warning', 'InvalidSchedule', 'invalid schedule: 0 0 31 2 * : time difference between two schedules is less than 1 second']], 'one InvalidSchedule at creation, nothing more (no requeue)');
  },
};
