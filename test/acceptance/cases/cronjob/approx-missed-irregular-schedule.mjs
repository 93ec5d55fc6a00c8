// The missed-slot count is approximated from the gap between the first two slots; for a weekday schedule the
// search can start after the real most recent slot and find none: no Job after the outage, next one Monday 10:30.
export default {
  id: 'cronjob/approx-missed-irregular-schedule',
  source: 'reference cronjob-and-friends §2.3 example "another complex schedule" (utils_test.go TestMostRecentScheduleTime), §8.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-01-01T10:00:00Z"
  duration: 97h
  faults:
  - { at: 31m, controllerDown: cronjob, for: 30h }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: weekday
spec:
  schedule: "30 10,11,12 * * 1-5"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // 2026-01-01 is a Thursday. Thu 10:30 runs; controller back Fri 16:31: between = 1h, t1 = Thu 11:30,
    // n = 30, search from Fri 15:30 finds Mon 10:30 > now: nothing runs on Friday at all.
    const names = h.jobsOf('weekday').map((j) => [j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], j.metadata.creationTimestamp]);
    h.eq(names, [
      ['2026-01-01T10:30:00Z', '2026-01-01T10:30:00Z'],
      ['2026-01-05T10:30:00Z', '2026-01-05T10:30:00Z'],
    ], 'Thu 10:30, then Monday 10:30 (run ends Mon 11:00); no Friday slot at all');
  },
};
