// A jobTemplate with suspend: true makes Jobs that never start and never finish. Under Forbid the first one stays in
// status.active and blocks every later slot: JobAlreadyActive at each slot, lastScheduleTime stays on the first.
export default {
  id: 'cronsync/forbid-suspended-job-blocks',
  source: 'cronjob_controllerv2.go syncCronJob (ForbidConcurrent && len(Active) > 0: JobAlreadyActive, requeue nextScheduleTimeDuration; LastScheduleTime not set); job/util IsJobFinished (Complete/Failed only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3h30m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      suspend: true
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2026-01-01T01:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job cj-29453820'],
      ['2026-01-01T02:00:00Z', 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      ['2026-01-01T03:00:00Z', 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
    ], 'CronJob events');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name), st.lastSuccessfulTime], ['2026-01-01T01:00:00Z', ['cj-29453820'], undefined], 'status');
    h.eq(h.of('Job').length, 1, 'one Job');
    h.eq(h.podsOf('cj-29453820').length, 0, 'the suspended Job has no pods');
  },
};
