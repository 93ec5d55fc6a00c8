// A jobTemplate the API server refuses for every Job (its pod template sets job-name: custom, which ValidateJob wants
// to be the Job's name): at 01:00 FailedCreate and no Job, so lastScheduleTime stays unset. Fixing the template at 01:20
// (a merge patch removing the label) is not a schedule change: the CronJob is synced at once, the 01:00 slot is still
// the most recent unmet time, and its Job is created 20 minutes late; the next one at 02:00.
export default {
  id: 'cronrows/failedcreate-template-fix-runs-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (CreateJob error -> FailedCreate "Error creating job: %v", status not advanced), updateCronJob (other change -> enqueueController); cronjob_controllerv2_test.go TestControllerV2UpdateCronJob "spec.template changed" (delay 0); pkg/apis/batch/validation ValidateJob (validateGeneratedSelector job-name)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T00:30:00Z"
  duration: 1h35m
  timeline:
  - { at: "2026-01-01T01:20:00Z", patch: { kind: CronJob, name: hello, spec: { jobTemplate: { spec: { template: { metadata: { labels: { job-name: null } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hello}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {job-name: custom, app: hello}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    const fc = ev.filter((e) => e.reason === 'FailedCreate');
    h.assert(fc.length >= 1 && fc.every((e) => e.type === 'Warning' && e.message.startsWith('Error creating job: Job.batch "hello-29453820" is invalid: ') && e.firstTimestamp < '2026-01-01T01:20:00Z'), `FailedCreate only for the 01:00 Job, before the fix: ${JSON.stringify(fc.map((e) => [e.firstTimestamp, e.message.slice(0, 60)]))}`);
    h.eq(fc[0].firstTimestamp, '2026-01-01T01:00:00Z', 'first FailedCreate at the slot');
    h.eq(ev.filter((e) => e.reason !== 'FailedCreate').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T01:20:00Z', 'SuccessfulCreate', 'Created job hello-29453820'],
      ['2026-01-01T01:20:11Z', 'SawCompletedJob', 'Saw completed job: hello-29453820, condition: Complete'],
      ['2026-01-01T02:00:00Z', 'SuccessfulCreate', 'Created job hello-29453880'],
      ['2026-01-01T02:00:11Z', 'SawCompletedJob', 'Saw completed job: hello-29453880, condition: Complete'],
    ], 'the 01:00 Job at the fix, then 02:00 on time');
    const j = h.job('hello-29453820');
    h.eq([j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], j.spec.template.metadata.labels['job-name'], j.spec.template.metadata.labels.app], ['2026-01-01T01:00:00Z', 'hello-29453820', 'hello'], 'the late Job: the 01:00 slot, job-name label set by the API server');
  },
};
