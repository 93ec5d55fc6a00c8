// "@every 5m" created 00:00 with a refused job template: no lastScheduleTime is ever written, so the slots stay anchored
// on the creation time: the retries try the 00:05 Job, and the one at 00:10:27.775 the 00:10 Job. Fixing the template
// at 00:12 syncs at once and creates the 00:10 Job late (annotation 00:10:00); lastScheduleTime 00:10 anchors the next
// slots, 00:15 and 00:20, on time.
export default {
  id: 'cronv2rows/every-failedcreate-fix-runs-latest-anchored',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "with @every schedule, never ran, is time" and TestControllerV2UpdateCronJob "spec.template changed" (delay 0); utils.go mostRecentScheduleTime (earliest = creationTimestamp; potentialEarliest = t1 + (n-2)*between), nextScheduleTimeDuration (Next(lastScheduleTime)); cronjob_controllerv2.go syncCronJob (FailedCreate), processNextWorkItem (AddRateLimited); robfig/cron v3 ConstantDelaySchedule.Next',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 20m30s
  timeline:
  - { at: 12m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { labels: { job-name: null } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@every 5m"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job-name: custom}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    const fc = ev.filter((e) => e.reason === 'FailedCreate');
    h.eq(fc.map((e) => [e.firstTimestamp.slice(11, 19), e.message.match(/Job\.batch "([^"]+)"/)[1]]), [
      ...Array(8).fill(['00:05:00', 'cj-29453765']),
      ...['00:05:01', '00:05:02', '00:05:05', '00:05:10', '00:05:20', '00:05:41', '00:06:22', '00:07:43'].map((t) => [t, 'cj-29453765']),
      ['00:10:27', 'cj-29453770'],
    ], 'the 00:05 Job, then the 00:10 Job');
    h.eq(ev.filter((e) => e.reason !== 'FailedCreate').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:12:00Z', 'SuccessfulCreate', 'Created job cj-29453770'],
      ['2026-01-01T00:12:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Complete'],
      ['2026-01-01T00:15:00Z', 'SuccessfulCreate', 'Created job cj-29453775'],
      ['2026-01-01T00:15:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453775, condition: Complete'],
      ['2026-01-01T00:20:00Z', 'SuccessfulCreate', 'Created job cj-29453780'],
      ['2026-01-01T00:20:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Complete'],
    ], 'the 00:10 slot late at the fix, then on time');
    h.eq(h.job('cj-29453770').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:10:00Z', 'late Job keeps its slot');
  },
};
