// "prev ran but done, is time, past deadline" then the deadline is removed: startingDeadlineSeconds 10 and a CronJob
// controller outage 01:55-02:01 make the restart skip the 02:00 slot silently (look-back from now - 10s). Removing the
// field at 02:05 (merge patch to null) is not a schedule change, so the CronJob is synced at once; the look-back now
// starts at lastScheduleTime (01:00) and 02:00 is the most recent unmet slot: its Job is created at 02:05.
export default {
  id: 'cronrows/sds-removed-runs-skipped-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob "prev ran but done, is time, past deadline" (no create) and "prev ran but done, is time, A" (create), TestControllerV2UpdateCronJob "spec.template changed" (other change: delay 0); utils.go mostRecentScheduleTime (includeStartingDeadlineSeconds only when set)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T00:30:00Z"
  duration: 1h40m
  faults:
  - { at: "2026-01-01T01:55:00Z", controllerDown: cronjob, for: 6m }
  timeline:
  - { at: "2026-01-01T02:05:00Z", patch: { kind: CronJob, name: cj, spec: { startingDeadlineSeconds: null } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  startingDeadlineSeconds: 10
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T01:00:00Z', 'SuccessfulCreate', 'Created job cj-29453820'],
      ['2026-01-01T01:00:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453820, condition: Complete'],
      ['2026-01-01T02:05:00Z', 'SuccessfulCreate', 'Created job cj-29453880'],
      ['2026-01-01T02:05:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453880, condition: Complete'],
    ], 'nothing at the 02:01 restart; the 02:00 Job when the deadline is removed');
    const cj = h.cronjob('cj');
    h.eq([cj.spec.startingDeadlineSeconds, cj.status.lastScheduleTime], [undefined, '2026-01-01T02:00:00Z'], 'field removed, lastScheduleTime 02:00');
  },
};
