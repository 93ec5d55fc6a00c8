// TestControllerV2UpdateCronJob rows "spec.template changed" (delay 0: synced at once), "spec.schedule changed" and
// "spec.timeZone changed" (re-queued after nextScheduleTimeDuration, no sync now). Made visible with a Forbid CronJob
// blocked at 11:00 by a 3h Job: every sync at or after the blocked slot records JobAlreadyActive. At 11:21 the
// template patch syncs at once (a second JobAlreadyActive at 11:21); "@hourly" (same times, different string) and
// timeZone nil -> "Etc/UTC" (same times) are schedule changes: AddAfter(12:00:00.1), no event at 11:21.
const cj = (ns) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  jobTemplate:
    metadata: {labels: {a: b}}
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "3h"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronint/template-vs-schedule-vs-timezone-update',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob rows "spec.template changed" (expectedDelay 0), "spec.schedule changed", "spec.timeZone changed"; cronjob_controllerv2.go updateCronJob (Schedule or TimeZone differ: enqueueControllerAfter(nextScheduleTimeDuration) and return; else enqueueController), syncCronJob (Forbid: JobAlreadyActive on every sync past the blocked slot)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 2h2m
  timeline:
  - { at: "2016-05-19T11:21:00Z", patch: { kind: CronJob, namespace: template, name: mycronjob, spec: { jobTemplate: { metadata: { labels: { a: foo } } } } } }
  - { at: "2016-05-19T11:21:00Z", patch: { kind: CronJob, namespace: schedule, name: mycronjob, spec: { schedule: "@hourly" } } }
  - { at: "2016-05-19T11:21:00Z", patch: { kind: CronJob, namespace: timezone, name: mycronjob, spec: { timeZone: "Etc/UTC" } } }
${cj('template')}${cj('schedule')}${cj('timezone')}`,
  check(r, h) {
    const blocked = ['Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'];
    const rows = (ns) => r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]);
    h.eq(rows('template'), [
      ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', ...blocked],
      ['2016-05-19T11:21:00Z', ...blocked],
      ['2016-05-19T12:00:00Z', ...blocked],
    ], 'template change: synced at once');
    for (const ns of ['schedule', 'timezone']) {
      h.eq(rows(ns), [
        ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
        ['2016-05-19T11:00:00Z', ...blocked],
        ['2016-05-19T12:00:00Z', ...blocked],
      ], `${ns} change: no sync at the patch`);
      h.eq(h.cronjob('mycronjob', ns).status.lastScheduleTime, '2016-05-19T10:00:00Z', `${ns}: lastScheduleTime stays at the last created slot`);
    }
    h.eq(h.of('Job').length, 3, 'one Job per namespace');
  },
};
