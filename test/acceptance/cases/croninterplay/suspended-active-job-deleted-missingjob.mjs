// Suspending does not stop the stale-ref check: a user deletes the running Job of a suspended CronJob; the Job's
// delete event syncs it and it reports MissingJob "Active job went missing: <name>" at once and empties
// status.active; nothing is created while suspended.
export default {
  id: 'croninterplay/suspended-active-job-deleted-missingjob',
  source: 'cronjob_controllerv2.go syncCronJob (stale Status.Active refs handled before the Suspend return)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 45m
  timeline:
  - {at: 12m, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
  - {at: 15m, delete: {kind: Job, name: cj-29453770}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "12m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [900, 'MissingJob', 'Active job went missing: cj-29453770'],
    ], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq([cj.status.active, cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], [undefined, '2026-01-01T00:10:00Z', undefined], 'status');
  },
};
