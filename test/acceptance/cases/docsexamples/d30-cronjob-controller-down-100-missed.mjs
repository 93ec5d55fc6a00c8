// CronJob concept page, "CronJob limitations" example: every minute, controller down from 08:29 to 10:21, no
// startingDeadlineSeconds: the page says "the job will not start as the number of missed jobs ... is greater than 100".
// That describes the old v1 controller; the v2 controller (the one upstream ships) emits TooManyMissedTimes and still
// starts the most recent missed run: hello-<10:21> is created at 10:21:00 (113 slots missed since lastScheduleTime 08:28).
export default {
  id: 'docsexamples/d30-cronjob-controller-down-100-missed',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#cron-job-limitations; cronjob_controllerv2.go nextScheduleTime (TooManyMissedTimes, still returns the time); reference cronjob-and-friends §2.4, §8 item 1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: missed
spec:
  start: "2026-01-01T08:25:00Z"
  duration: 1h57m
  faults:
  - { at: "2026-01-01T08:29:00Z", controllerDown: cronjob, for: 1h52m }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) >= 6900 && e.reason !== 'SawCompletedJob' && e.reason !== 'SuccessfulDelete').map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2026-01-01T10:21:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2026-01-01T10:21:00Z', 'Normal', 'SuccessfulCreate', 'Created job hello-29454381']], 'events at the return');
    h.eq(h.cronjob('hello').status.lastScheduleTime, '2026-01-01T10:21:00Z', 'lastScheduleTime');
  },
};
