// A limit of 0 deletes the finished Job in the same sync that sees it finish; because cleanup runs first and
// removes it from status.active, no SawCompletedJob is emitted, but lastSuccessfulTime is still updated.
export default {
  id: 'cronjob/history-limit-zero',
  source: 'cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob; deleteJob -> deleteFromActiveList), syncCronJob (SawCompletedJob only if found in active; lastSuccessfulTime regardless)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 25m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: z
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('z');
    h.eq(jobs.length, 2, 'two Jobs');
    const ev = h.events({ kind: 'CronJob', name: 'z' }).map((e) => [e.reason, e.message, e.firstTimestamp]);
    h.eq(ev, [
      ['SuccessfulCreate', 'Created job z-29453770', '2026-01-01T00:10:00Z'],
      ['SuccessfulDelete', 'Deleted job z-29453770', jobs[0].status.completionTime],
      ['SuccessfulCreate', 'Created job z-29453780', '2026-01-01T00:20:00Z'],
      ['SuccessfulDelete', 'Deleted job z-29453780', jobs[1].status.completionTime],
    ], 'no SawCompletedJob');
    const cj = h.cronjob('z');
    h.eq(cj.status.lastSuccessfulTime, jobs[1].status.completionTime, 'lastSuccessfulTime still recorded');
    h.eq(cj.status.active ?? [], [], 'active emptied by the deletion');
  },
};
