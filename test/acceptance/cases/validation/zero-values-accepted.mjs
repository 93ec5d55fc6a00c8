// 0 is legal for every counter: parallelism, completions, backoffLimit, activeDeadlineSeconds... and CronJob
// startingDeadlineSeconds and history limits. Nothing is rejected.
export default {
  id: 'validation/zero-values-accepted',
  source: 'pkg/apis/batch/validation/validation.go (ValidateNonnegativeField: 0 accepted; "zero is a valid SuccessfulJobsHistoryLimit"); reference job-controller §1.2 "(0 is accepted for all of them.)"',
  args: ['--duration', '2m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: z
spec:
  parallelism: 0
  completions: 0
  backoffLimit: 0
  ttlSecondsAfterFinished: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cz
spec:
  schedule: "* * * * *"
  startingDeadlineSeconds: 0
  successfulJobsHistoryLimit: 0
  failedJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.eq(r.kind, 'SimulationResult', 'simulated');
    const cj = h.cronjob('cz');
    h.eq([cj.spec.startingDeadlineSeconds, cj.spec.successfulJobsHistoryLimit, cj.spec.failedJobsHistoryLimit], [0, 0, 0], 'CronJob zero values kept');
  },
};
