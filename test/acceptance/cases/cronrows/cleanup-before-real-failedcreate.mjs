// TestControllerV2CleanupFinishedJobs "jobs are still deleted when a cronjob can't create jobs ... (avoiding a
// deadlock)" with a create the API server really refuses: the CronJob controller is down 00:02:05-00:04:30, the 00:02
// Job completes meanwhile, and the jobTemplate is made invalid (a pod-template label job-name: custom, which ValidateJob
// refuses). The restart sync first cleans up (two finished Jobs, successfulJobsHistoryLimit 1: the older, 00:01, is
// deleted), then sees 00:02 completed, then fails to create the 00:04 Job (Warning FailedCreate): no new Job.
export default {
  id: 'cronrows/cleanup-before-real-failedcreate',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2CleanupFinishedJobs "jobs are still deleted when a cronjob can\'t create jobs due to jobs quota being reached (avoiding a deadlock)" (expectedDeletedJobs: the older one); cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), syncCronJob (CreateJob error -> FailedCreate "Error creating job: %v")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 4m40s
  faults:
  - { at: 2m5s, controllerDown: cronjob, for: 2m25s }
  timeline:
  - { at: 3m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { labels: { job-name: custom } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.firstTimestamp >= '2026-01-01T00:04:30Z');
    h.eq(ev.slice(0, 3).map((e) => [e.firstTimestamp, e.type, e.reason]), [
      ['2026-01-01T00:04:30Z', 'Normal', 'SuccessfulDelete'],
      ['2026-01-01T00:04:30Z', 'Normal', 'SawCompletedJob'],
      ['2026-01-01T00:04:30Z', 'Warning', 'FailedCreate'],
    ], 'restart sync: clean-up, then the completed Job, then the refused create');
    h.eq([ev[0].message, ev[1].message], ['Deleted job cj-29453761', 'Saw completed job: cj-29453762, condition: Complete'], 'messages');
    h.assert(ev[2].message.startsWith('Error creating job: Job.batch "cj-29453764" is invalid: spec.template.metadata.labels[job-name]: Invalid value: '), ev[2].message);
    h.assert(ev.slice(3).every((e) => e.reason === 'FailedCreate'), `only FailedCreate after: ${JSON.stringify(ev.slice(3).map((e) => e.reason))}`);
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.deletionTimestamp ?? null]), [['cj-29453761', '2026-01-01T00:04:30Z'], ['cj-29453762', null]], 'no new Job; the older finished one deleted');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T00:02:00Z', 'lastScheduleTime not advanced');
  },
};
