// CronJob concept page, same example with startingDeadlineSeconds 200: "the controller now checks how many missed
// schedules happened in the last 200 seconds (i.e., 3 missed schedules)" and the Job still starts. No TooManyMissedTimes
// warning; the 10:21 run is created when the controller is back at 10:21:00 (the page says 10:22:00, a loose reading).
export default {
  id: 'docsexamples/d31-cronjob-controller-down-sds-200',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#cron-job-limitations; cronjob utils.go mostRecentScheduleTime (earliest = max(last, now - SDS)); reference cronjob-and-friends §2.3',
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
  startingDeadlineSeconds: 200
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
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T08:26:00Z', 'Created job hello-29454266'], ['2026-01-01T08:27:00Z', 'Created job hello-29454267'],
      ['2026-01-01T08:28:00Z', 'Created job hello-29454268'], ['2026-01-01T10:21:00Z', 'Created job hello-29454381']], 'creates');
  },
};
