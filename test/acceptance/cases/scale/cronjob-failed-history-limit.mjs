// Every minute for 2h, every Job fails (backoffLimit 0): failedJobsHistoryLimit 1 keeps only the newest failed Job.
export default {
  id: 'scale/cronjob-failed-history-limit',
  source: 'cronjob_controllerv2.go cleanupFinishedJobs (failedJobsHistoryLimit default 1)',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2h
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: every }
spec:
  schedule: "* * * * *"

  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: { annotations: { jobsim/exit-codes: "1" } }
        spec:
          containers: [{ name: c, image: busybox }]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.length, 119, 'jobs created');
    const live = jobs.filter((j) => !j.metadata.deletionTimestamp);
    h.eq(live.map((j) => j.metadata.name), ['every-29453879'], 'the newest failed Job left');
    h.hasCond(live[0], 'Failed', 'BackoffLimitExceeded');
    h.eq(r.metrics.jobs.failed, 119, 'failed jobs');
  },
};
