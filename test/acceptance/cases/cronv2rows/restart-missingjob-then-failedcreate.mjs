// During a CronJob-controller outage (00:15-00:25) the running 00:10 Job is deleted by hand and the job template is made
// invalid. The restart sync first drops the missing ref (MissingJob), then tries the 00:20 slot: FailedCreate. The status
// is written although the sync failed (active emptied, lastScheduleTime still 00:10); the rate-limited retries go on
// failing and the one at 00:25:00 + 5ms*(2^16-1) = 00:30:27.675 tries the 00:30 Job.
export default {
  id: 'cronv2rows/restart-missingjob-then-failedcreate',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (active ref not listed, GetJob NotFound -> MissingJob "Active job went missing: %v", deleteFromActiveList, updateStatus; CreateJob error -> FailedCreate, return nil, updateStatus, err), sync (UpdateStatus when updateStatusAfterSync, then return syncErr), processNextWorkItem (AddRateLimited); TestControllerV2SyncCronJob row "this started but went missing"; e2e apps/cronjob.go "should remove from active list jobs that have been deleted"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 31m
  faults:
  - { at: 15m, controllerDown: cronjob, for: 10m }
  timeline:
  - { at: 17m, delete: { kind: Job, name: cj-29453770 } }
  - { at: 18m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { labels: { job-name: custom } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    h.eq(ev.slice(0, 3).map((e) => [e.firstTimestamp, e.type, e.reason, e.message.slice(0, 56)]), [
      ['2026-01-01T00:10:00Z', 'Normal', 'SuccessfulCreate', 'Created job cj-29453770'],
      ['2026-01-01T00:25:00Z', 'Normal', 'MissingJob', 'Active job went missing: cj-29453770'],
      ['2026-01-01T00:25:00Z', 'Warning', 'FailedCreate', 'Error creating job: Job.batch "cj-29453780" is invalid: '],
    ], 'restart: MissingJob, then the refused 00:20 Job');
    const fc = ev.slice(2);
    h.assert(fc.every((e) => e.reason === 'FailedCreate'), 'then only FailedCreate');
    h.eq(fc.map((e) => [e.firstTimestamp.slice(11, 19), e.message.match(/Job\.batch "([^"]+)"/)[1]]), [
      ...Array(8).fill(['00:25:00', 'cj-29453780']),
      ['00:25:01', 'cj-29453780'], ['00:25:02', 'cj-29453780'], ['00:25:05', 'cj-29453780'], ['00:25:10', 'cj-29453780'],
      ['00:25:20', 'cj-29453780'], ['00:25:40', 'cj-29453780'], ['00:26:21', 'cj-29453780'], ['00:27:43', 'cj-29453780'],
      ['00:30:27', 'cj-29453790'],
    ], 'back-off from the restart; no sync at 00:30:00.1');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, st.active ?? []], ['2026-01-01T00:10:00Z', []], 'active emptied by the failing sync');
  },
};
