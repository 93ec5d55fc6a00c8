// jobTemplate patched to suspend: true at 00:05: the Jobs of 00:10 and 00:20 are created suspended (never start,
// no startTime), stay active, and Replace deletes each one at the next slot ("Deleted job ...") before creating the
// next; they never finish, so no SawCompletedJob and no lastSuccessfulTime.
export default {
  id: 'mutations2/cronjob-replace-suspended-template-jobs',
  source: 'cronjob_controllerv2.go syncCronJob (ReplaceConcurrent: deleteJob for every status.active ref, Eventf SuccessfulDelete "Deleted job %v", then SuccessfulCreate "Created job %v"); job_controller.go (created suspended: no pods, Suspended=True)',
  args: ['--duration', '25m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5m, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {suspend: true}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1200, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [1200, 'SuccessfulCreate', 'Created job cj-29453780'],
    ], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq([h.sec(cj.status.lastScheduleTime), cj.status.lastSuccessfulTime ?? null, cj.status.active.map((a) => a.name)], [1200, null, ['cj-29453780']], '[lastScheduleTime, lastSuccessfulTime, active]');
    const j = h.job('cj-29453780');
    h.eq([j.spec.suspend, j.status.startTime ?? null, h.podsOf('cj-29453780').length], [true, null, 0], 'new Job suspended, never started');
    h.hasCond(j, 'Suspended', 'JobSuspended');
    h.eq(h.sec(h.job('cj-29453770').metadata.deletionTimestamp), 1200, 'old Job deleted at 00:20');
  },
};
