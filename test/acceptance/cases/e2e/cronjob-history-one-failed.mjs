// e2e "should delete failed finished jobs with limit of one job" with failedJobsHistoryLimit 1 and successful 0, on
// failing pods (OnFailure, backoffLimit 1): each Job fails (BackoffLimitExceeded); once the second has failed, the
// first is deleted by the history clean-up, so exactly one failed Job is kept; lastSuccessfulTime stays unset.
export default {
  id: 'e2e/cronjob-history-one-failed',
  source: 'test/e2e/apps/cronjob.go "should delete failed finished jobs with limit of one job" (ensureHistoryLimits: one finished Job left, the older one gone with its pods); cronjob_controllerv2.go cleanupFinishedJobs; reference cronjob-and-friends §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: failed-jobs-history-limit}
spec:
  schedule: "*/1 * * * ?"
  successfulJobsHistoryLimit: 0
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 1s, jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: busybox, command: [/bin/false]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const jobs = h.jobsOf('failed-jobs-history-limit');
    const alive = jobs.filter((j) => !j.metadata.deletionTimestamp);
    h.eq(alive.length, 1, 'one Job kept');
    h.hasCond(alive[0], 'Failed', 'BackoffLimitExceeded');
    for (const j of jobs.filter((j) => j.metadata.deletionTimestamp)) {
      h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
      h.eq(h.podsOf(j.metadata.name).every((p) => p.metadata.deletionTimestamp), true, `${j.metadata.name} pods deleted`);
    }
    h.eq(h.cronjob('failed-jobs-history-limit').status.lastSuccessfulTime, undefined, 'no lastSuccessfulTime');
  },
};
