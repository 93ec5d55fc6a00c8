// failedJobsHistoryLimit 1 (default): when the second failed Job finishes, cleanupFinishedJobs (run before
// syncCronJob) deletes the first one, so SuccessfulDelete "Deleted job <first>" precedes
// SawCompletedJob "<second>, condition: Failed" in the same second.
export default {
  id: 'events/ev16-history-cleanup-before-saw',
  source: 'cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs -> deleteJob "Deleted job %v"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 12m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fail}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: {annotations: {jobsim/duration: "30s", jobsim/exit-codes: "2"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const e = h.events({ kind: 'CronJob' }).filter((x) => h.sec(x.firstTimestamp) === 631).map((x) => [x.reason, x.message]);
    h.eq(e, [['SuccessfulDelete', 'Deleted job fail-29453765'], ['SawCompletedJob', 'Saw completed job: fail-29453770, condition: Failed']], 'order');
  },
};
