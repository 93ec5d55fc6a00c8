// "still active, is time, F" with Jobs that the built-in Job controller leaves alone: the jobTemplate sets
// managedBy: example.com/other, so the 00:10 Job gets no pods, no startTime and never finishes. The CronJob controller
// ignores managedBy: the Job stays in status.active and every later slot is blocked (JobAlreadyActive at 00:20 and
// 00:30), lastScheduleTime staying 00:10.
export default {
  id: 'cronrows/forbid-managedby-external-blocks',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob "still active, is time, F" (JobAlreadyActive, expectActive 1); cronjob_controllerv2.go syncCronJob (jobutil.IsJobFinished only); pkg/controller/job/job_controller.go syncJob (managedBy not the built-in controller: skip)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 35m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      managedBy: example.com/other
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason]), [
      ['2026-01-01T00:10:00Z', 'SuccessfulCreate'],
      ['2026-01-01T00:20:00Z', 'JobAlreadyActive'],
      ['2026-01-01T00:30:00Z', 'JobAlreadyActive'],
    ], 'every later slot blocked');
    const j = h.job('cj-29453770');
    h.eq([j.spec.managedBy, j.status.startTime, h.podsOf('cj-29453770').length], ['example.com/other', undefined, 0], 'the Job is never started by the built-in controller');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2026-01-01T00:10:00Z', ['cj-29453770']], 'status');
  },
};
