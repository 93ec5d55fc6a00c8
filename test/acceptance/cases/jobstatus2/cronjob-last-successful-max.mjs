// lastSuccessfulTime is the maximum completionTime seen, not the last one processed: with the CronJob controller down
// from 2m05s to 3m20s, the 2m Job completes at 2m11s and the 1m Job (100s) at 2m41s; back at 3m20s the controller
// sees both finished and keeps 2m41s whatever order it processes them in.
export default {
  id: 'jobstatus2/cronjob-last-successful-max',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (if cronJob.Status.LastSuccessfulTime == nil || job.Status.CompletionTime.After(...)); reference cronjob-and-friends §2.6 a',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 210s
  faults:
  - {at: 125s, controllerDown: cronjob, for: 75s}
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-name: cj-29453761}}
    duration: 100s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.job('cj-29453761').status.completionTime, h.job('cj-29453762').status.completionTime], ['2026-01-01T00:02:41Z', '2026-01-01T00:02:11Z'], 'completion times');
    const s = h.cronjob('cj').status;
    h.eq([s.lastSuccessfulTime, s.lastScheduleTime, (s.active ?? []).map((a) => a.name)], ['2026-01-01T00:02:41Z', '2026-01-01T00:03:00Z', ['cj-29453763']], '[lastSuccessfulTime, lastScheduleTime, active]');
  },
};
