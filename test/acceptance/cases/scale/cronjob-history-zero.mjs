// successfulJobsHistoryLimit 0: each Job is deleted by the sync that sees it finished; none left at the end.
export default {
  id: 'scale/cronjob-history-zero',
  source: 'cronjob_controllerv2.go cleanupFinishedJobs (limit 0: delete all finished)',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3h
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: every }
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:

      template:
        metadata: { annotations: { jobsim/exit-codes: "0" } }
        spec:
          containers: [{ name: c, image: busybox }]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.length, 179, 'jobs created');
    h.eq(jobs.filter((j) => !j.metadata.deletionTimestamp).length, 0, 'none left');
    const del = h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' });
    h.eq(del.length, 179, 'SuccessfulDelete');
    h.eq(h.sec(del[0].firstTimestamp), 71, 'first deleted when it completes (+1m + 11s)');
  },
};
