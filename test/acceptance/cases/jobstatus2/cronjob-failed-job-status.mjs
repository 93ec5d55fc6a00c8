// A Job that fails leaves the CronJob with lastScheduleTime only: removed from active (SawCompletedJob ...
// condition: Failed), no lastSuccessfulTime, status.active omitted.
export default {
  id: 'jobstatus2/cronjob-failed-job-status',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (IsJobFinished; LastSuccessfulTime only for JobComplete)',
  args: ['--duration', '100s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: {annotations: {jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.status, { lastScheduleTime: '2026-01-01T00:01:00Z' }, 'CronJob status');
    const j = h.job('cj-29453761');
    h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq(j.status.completionTime, undefined, 'no completionTime on Failed');
    const ev = h.events({ reason: 'SawCompletedJob', kind: 'CronJob' });
    h.eq(ev.map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Saw completed job: cj-29453761, condition: Failed', 71]], 'SawCompletedJob');
  },
};
