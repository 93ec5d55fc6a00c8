// A refused job template is fixed at 00:12 in the same edit that changes the schedule from "*/10" to "*/15". A schedule
// change only re-queues (AddAfter to 00:15:00.1), which the pending retry (00:12:43.935) precedes; that retry finds no
// unmet time under the new schedule (creation 00:00 -> 00:15) and requeues. The failed 00:10 slot is never run: the first
// Job is the 00:15 one, on time.
export default {
  id: 'cronv2rows/failedcreate-fix-with-schedule-change-waits',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob "spec.schedule changed" (AddAfter, no immediate sync) vs "spec.template changed" (delay 0); cronjob_controllerv2.go updateCronJob (Schedule changed -> enqueueControllerAfter(nextScheduleTimeDuration) and return), syncCronJob (CreateJob error -> FailedCreate), processNextWorkItem (AddRateLimited; requeue -> Forget + AddAfter); utils.go mostRecentScheduleTime (earliest = creationTimestamp while lastScheduleTime is unset); client-go delaying_queue.go (earlier readyAt kept)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 16m
  timeline:
  - { at: 12m, patch: { kind: CronJob, name: cj, spec: { schedule: "*/15 * * * *", jobTemplate: { spec: { template: { metadata: { labels: { job-name: null } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
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
    h.eq(fc.map((e) => e.firstTimestamp.slice(11, 19)), [
      ...Array(8).fill('00:10:00'), '00:10:01', '00:10:02', '00:10:05', '00:10:10', '00:10:20', '00:10:41', '00:11:22',
    ], 'failures of the 00:10 Job until the edit; none after');
    h.assert(fc.every((e) => /Job\.batch "cj-29453770"/.test(e.message)), 'all for the 00:10 Job');
    h.eq(ev.filter((e) => e.reason !== 'FailedCreate').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:15:00Z', 'SuccessfulCreate', 'Created job cj-29453775'],
      ['2026-01-01T00:15:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453775, condition: Complete'],
    ], 'nothing at 00:12: the first Job is the 00:15 one');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['cj-29453775'], 'the 00:10 slot never ran');
  },
};
