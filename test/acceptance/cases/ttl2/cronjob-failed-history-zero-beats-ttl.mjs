// failedJobsHistoryLimit 0 with ttlSecondsAfterFinished 30 and Jobs failing (backoffLimit 0, pod exits 1 at slot + 10s):
// the CronJob controller deletes each Job at its Failed time (slot + 11s, background, SuccessfulDelete), not the TTL
// controller 30s later; no lastSuccessfulTime, no SawCompletedJob.
export default {
  id: 'ttl2/cronjob-failed-history-zero-beats-ttl',
  source: 'cronjob_controllerv2.go cleanupFinishedJobs (failedJobs > FailedJobsHistoryLimit -> removeOldestJobs), deleteJob (DeletePropagationBackground)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 150s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: bad}
spec:
  schedule: "* * * * *"
  failedJobsHistoryLimit: 0
  jobTemplate:
    spec:
      backoffLimit: 0
      ttlSecondsAfterFinished: 30
      template:
        metadata: {annotations: {jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const js = ['bad-29453761', 'bad-29453762'].map((n) => h.job(n));
    h.eq(js.map((j) => [h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), h.sec(j.metadata.deletionTimestamp), j.metadata.generation]), [[71, 71, 1], [131, 131, 1]], 'deleted at Failed by the history clean-up');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[60, 'SuccessfulCreate', 'Created job bad-29453761'], [71, 'SuccessfulDelete', 'Deleted job bad-29453761'], [120, 'SuccessfulCreate', 'Created job bad-29453762'], [131, 'SuccessfulDelete', 'Deleted job bad-29453762']], 'CronJob events: no SawCompletedJob');
    const cj = h.cronjob('bad');
    h.eq([cj.status.lastSuccessfulTime, cj.status.active ?? []], [undefined, []], 'no success, nothing active');
  },
};
