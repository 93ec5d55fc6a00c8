// "0 0 29 2 *" from 2096: the 2096-02-29 slot's successor is beyond robfig's 5-year search (2100 is not a leap year),
// so Next(t1) is the zero time; mostRecentScheduleTime then fails ("less than 1 second") and the controller reports
// InvalidSchedule instead of creating the 2096-02-29 Job.
export default {
  id: 'cronjob/never-fires-after-last-leap-day',
  source: 'utils.go mostRecentScheduleTime (t2 = Next(t1) zero -> timeBetweenTwoSchedules < 1 -> error); robfig v3 spec.go Next (yearLimit = t.Year()+5); reference §1.2, §2.6 g',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2096-02-28T00:00:00Z"
  duration: 3d
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: leap
spec:
  schedule: "0 0 29 2 *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2096-02-29T00:00:00Z', 'InvalidSchedule', 'invalid schedule: 0 0 29 2 * : time difference between two schedules is less than 1 second'],
    ], 'InvalidSchedule at the slot');
  },
};
