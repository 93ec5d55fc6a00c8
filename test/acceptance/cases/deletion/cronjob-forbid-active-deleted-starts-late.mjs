// Forbid: the 00:10 Job runs 25m, so the 00:20 slot is blocked (JobAlreadyActive, lastScheduleTime stays 00:10). A
// user deletes the running Job at 25m: the CronJob's sync at 25m reports MissingJob, the active list is empty, and the
// most recent unmet slot (00:20) starts late in the same sync: cj-29453780 created at 25m, lastScheduleTime 00:20.
export default {
  id: 'deletion/cronjob-forbid-active-deleted-starts-late',
  source: 'cronjob_controllerv2.go syncCronJob (MissingJob, then nextScheduleTime -> most recent unmet slot, Forbid check on the emptied active list, create); reference cronjob §2.6 b, j (skipped slot started late)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 28m
  timeline:
  - {at: 25m, delete: {kind: Job, name: cj-29453770}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "25m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1200, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      [1500, 'MissingJob', 'Active job went missing: cj-29453770'],
      [1500, 'SuccessfulCreate', 'Created job cj-29453780'],
    ], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:20:00Z', 'lastScheduleTime = the late slot');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['cj-29453780'], 'active');
    h.eq(h.job('cj-29453780').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:20:00Z', 'scheduled timestamp of the slot');
  },
};
