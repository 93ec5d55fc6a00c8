// Two Jobs complete during a CronJob controller outage: 00:10 (30m, done 00:40:01) and 00:20 (5m, done 00:25:01);
// successfulJobsHistoryLimit 1. At the restart (00:45) cleanup runs first and deletes the one with the older
// startTime (00:10), removing it from status.active, so it gets no SawCompletedJob; syncCronJob then walks the same
// (pre-cleanup) Job list, so the deleted Job's later completionTime still becomes lastSuccessfulTime (00:40:01),
// not that of the Job it reports (00:25:01). The missed 00:40 slot is created in the same sync.
export default {
  id: 'croninterplay/outage-cleanup-deleted-job-sets-last-successful',
  source: 'cronjob_controllerv2.go sync (cleanupFinishedJobs and syncCronJob get the same jobsToBeReconciled), deleteJob (deleteFromActiveList), syncCronJob (lastSuccessfulTime = max completionTime over listed Jobs)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 46m
  behaviors:
  - selector: {matchLabels: {job-name: cj-29453770}}
    duration: 30m
  - selector: {matchLabels: {job-name: cj-29453780}}
    duration: 5m
  - selector: {}
    duration: 20m
  faults:
  - {at: 22m, controllerDown: cronjob, for: 23m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.job('cj-29453770').status.completionTime, h.job('cj-29453780').status.completionTime], ['2026-01-01T00:40:01Z', '2026-01-01T00:25:01Z'], 'completion times');
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) >= 2700).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [2700, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [2700, 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Complete'],
      [2700, 'SuccessfulCreate', 'Created job cj-29453800'],
    ], 'restart sync');
    const cj = h.cronjob('cj');
    h.eq([cj.status.lastSuccessfulTime, cj.status.lastScheduleTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T00:40:01Z', '2026-01-01T00:40:00Z', ['cj-29453800']], 'status');
  },
};
