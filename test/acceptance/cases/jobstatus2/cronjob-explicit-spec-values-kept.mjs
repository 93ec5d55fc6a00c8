// SetDefaults_CronJob only fills nil/empty fields: explicit history limits 0, Forbid and suspend true stay; a suspended
// CronJob never writes its status ({}).
export default {
  id: 'jobstatus2/cronjob-explicit-spec-values-kept',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_CronJob; cronjob_controllerv2.go syncCronJob (suspend: return before any status change)',
  args: ['--duration', '3m'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  suspend: true
  successfulJobsHistoryLimit: 0
  failedJobsHistoryLimit: 0
  startingDeadlineSeconds: 30
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    const s = cj.spec;
    h.eq([s.concurrencyPolicy, s.suspend, s.successfulJobsHistoryLimit, s.failedJobsHistoryLimit, s.startingDeadlineSeconds, s.timeZone], ['Forbid', true, 0, 0, 30, undefined], 'spec');
    h.eq(cj.status, {}, 'status');
    h.eq(h.of('Job').length, 0, 'no Jobs');
    h.eq(cj.metadata.generation, 1, 'generation');
  },
};
