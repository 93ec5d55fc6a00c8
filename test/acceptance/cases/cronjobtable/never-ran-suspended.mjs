// TestControllerV2SyncCronJob row "never ran, is time, suspended": a suspended CronJob past its slot creates nothing,
// emits nothing, writes no status and is not requeued; also after an outage that ends past the slot.
export default {
  id: 'cronjobtable/never-ran-suspended',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "never ran, is time, suspended" (no create, no events, expectUpdateStatus false, no requeue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 3h
  faults:
  - { at: 0s, controllerDown: cronjob, for: 60m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  suspend: true
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.events({ kind: 'CronJob' }).length, 0, 'no CronJob event');
    const cron = h.cronjob('mycronjob', 'snazzycats');
    h.eq(cron.status.lastScheduleTime ?? null, null, 'no lastScheduleTime');
    h.eq(cron.status.active ?? [], [], 'no active');
  },
};
