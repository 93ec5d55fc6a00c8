// TestControllerV2SyncCronJob row "with @every schedule, still active, is time, past deadline": @every 1h (created 08:59)
// whose 09:59 Job runs 90 minutes gets startingDeadlineSeconds 10 at 10:30; the controller is down 10:58:30-10:59:11.
// At 10:59:11 Next(now - 10s) = 11:59:01 is in the future: no Job, no event, active stays [09:59 Job], requeue at
// 11:59:00.1, where the same rule finds nothing again. The running Job still completes and is seen.
export default {
  id: 'cronv2rows/every-still-active-past-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "with @every schedule, still active, is time, past deadline" (no create, expectActive 1, expectedRequeueDuration 1h - 11s + nextScheduleDelta) and the commented-out row "with @every schedule, prev ran but done, is time, not past deadline"; utils.go mostRecentScheduleTime (earliest = now - SDS; now < Next(earliest) -> nil), nextScheduleTimeDuration (without SDS: Next(10:59) + 100ms)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 4h
  faults:
  - { at: "2016-05-19T10:58:30Z", controllerDown: cronjob, for: 41s }
  timeline:
  - { at: "2016-05-19T10:30:00Z", patch: { kind: CronJob, name: mycronjob, namespace: snazzycats, spec: { startingDeadlineSeconds: 10 } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "@every 1h"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "90m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T09:59:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394199'],
      ['2016-05-19T11:29:01Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394199, condition: Complete'],
    ], 'no Job after the deadline was set, no warning');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['mycronjob-24394199'], 'one Job');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2016-05-19T09:59:00Z', '2016-05-19T11:29:01Z', []], 'status');
  },
};
