// A merge patch that sets successfulJobsHistoryLimit/failedJobsHistoryLimit to null removes the fields; the update is
// decoded with the batch/v1 defaults, so they come back as 3 and 1 (not "no limit"). With 3 kept, the 4th and 5th
// completions delete the oldest successful Jobs (by startTime).
export default {
  id: 'cronsync/history-limit-null-redefaulted',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_CronJob (SuccessfulJobsHistoryLimit 3, FailedJobsHistoryLimit 1, applied on every decode incl. update); cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 6m
  timeline:
  - { at: 30s, patch: { kind: CronJob, name: cj, spec: { successfulJobsHistoryLimit: null, failedJobsHistoryLimit: null } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/1 * * * *"
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 4
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq([cj.spec.successfulJobsHistoryLimit, cj.spec.failedJobsHistoryLimit, cj.metadata.generation], [3, 1, 2], 'limits re-defaulted, generation bumped');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T00:04:11Z', 'Deleted job cj-29453761'],
      ['2026-01-01T00:05:11Z', 'Deleted job cj-29453762'],
    ], 'three successful Jobs kept');
  },
};
