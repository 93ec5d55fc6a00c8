// Forbid blocks the 00:20 slot; patching concurrencyPolicy to Replace at 00:25 syncs at once: the running 00:10 Job
// is deleted (background, SuccessfulDelete) and cj-<00:20> created in the same sync, 5 minutes late. At 00:30 that
// Job is replaced in turn. The replaced Jobs' running pods are deleted by the garbage collector with the default
// grace of 30s (deletionTimestamp = request + 30s) and end with exit code 143.
export default {
  id: 'croninterplay/forbid-to-replace-while-blocked',
  source: 'cronjob_controllerv2.go updateCronJob (enqueue now), syncCronJob (ReplaceConcurrent: GetJob, deleteJob Background, then CreateJob); pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 32m
  timeline:
  - {at: 25m, patch: {kind: CronJob, name: cj, spec: {concurrencyPolicy: Replace}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "25m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1200, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      [1500, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [1500, 'SuccessfulCreate', 'Created job cj-29453780'],
      [1800, 'SuccessfulDelete', 'Deleted job cj-29453780'],
      [1800, 'SuccessfulCreate', 'Created job cj-29453790'],
    ], 'CronJob events');
    for (const [n, t] of [['cj-29453770', 1500], ['cj-29453780', 1800]]) {
      h.eq(h.sec(h.job(n).metadata.deletionTimestamp), t, `${n} deleted`);
      const p = h.podsOf(n)[0];
      h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, h.exitCodeOf(p)], [t + 30, 30, 143], `${n} pod`);
    }
    const cj = h.cronjob('cj');
    h.eq([(cj.status.active ?? []).map((a) => a.name), cj.status.lastScheduleTime], [['cj-29453790'], '2026-01-01T00:30:00Z'], 'status');
  },
};
