// startingDeadlineSeconds is turned into a time.Duration as activeDeadlineSeconds is, and wraps the
// same way past 9223372036 s: with 10^10 s, now.Add(-time.Second * time.Duration(sds)) lies ~267 years
// ahead, so no schedule time is ever due and the CronJob never creates a Job (every time is
// missed); with 2*10^10 s the wrapped deadline is ~49 years back and the CronJob runs every minute.
export default {
  id: 'robust2/starting-deadline-duration-overflow',
  source: 'pkg/controller/cronjob/utils.go mostRecentScheduleTime (schedulingDeadline := now.Add(-time.Second * time.Duration(*cj.Spec.StartingDeadlineSeconds)), int64 nanoseconds that wrap); pkg/apis/batch/validation ValidateCronJobSpec (startingDeadlineSeconds only >= 0)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 5m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: wrapped}
spec:
  schedule: "* * * * *"
  startingDeadlineSeconds: 10000000000
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fine}
spec:
  schedule: "* * * * *"
  startingDeadlineSeconds: 20000000000
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = r.items.filter((o) => o.kind === 'Job');
    h.eq(jobs.filter((j) => j.metadata.name.startsWith('wrapped-')).length, 0, 'the wrapped CronJob creates no Job');
    h.eq(jobs.filter((j) => j.metadata.name.startsWith('fine-')).length, 5, 'the other runs at every minute');
    h.eq(r.metrics.cronJobs['default/wrapped'].missedSchedules, 5, 'every time of the wrapped one is missed');
  },
};
