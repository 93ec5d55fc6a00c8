// A suspended CronJob still reconciles its Jobs: the Job that was running when it was suspended completes and is
// seen (SawCompletedJob, lastSuccessfulTime = its completionTime) and a lowered history limit deletes it at once;
// only the slots are skipped (no Job for 02:00, no requeue while suspended).
export default {
  id: 'croninterplay/suspended-still-reconciles',
  source: 'cronjob_controllerv2.go sync (cleanupFinishedJobs runs first, whatever the spec), syncCronJob (Job reconciliation before the Suspend return); reference §2.2 step 4, §2.6 e',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 3h
  timeline:
  - {at: 1h10m, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
  - {at: 2h30m, patch: {kind: CronJob, name: cj, spec: {successfulJobsHistoryLimit: 0}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [3600, 'SuccessfulCreate', 'Created job cj-29453820'],
      [5401, 'SawCompletedJob', 'Saw completed job: cj-29453820, condition: Complete'],
      [9000, 'SuccessfulDelete', 'Deleted job cj-29453820'],
    ], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq([cj.spec.suspend, cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.status.active], [true, '2026-01-01T01:00:00Z', '2026-01-01T01:30:01Z', undefined], 'status');
    h.eq(h.jobsOf('cj').length, 1, 'no Job while suspended');
  },
};
