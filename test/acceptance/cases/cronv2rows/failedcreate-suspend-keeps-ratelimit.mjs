// A FailedCreate loop is retried with the work queue's per-key exponential back-off (5ms doubling); a suspend makes the
// sync return (nil, nil), which neither re-adds nor Forgets the key, so after the resume the next failure waits
// 5ms*2^15 = 163.84s (the count goes on from 15), and only the successful sync after the template fix Forgets it.
const FC = (name) => `Error creating job: Job.batch "${name}" is invalid: spec.template.metadata.labels[job-name]: Invalid value: `;
export default {
  id: 'cronv2rows/failedcreate-suspend-keeps-ratelimit',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go processNextWorkItem (err != nil -> AddRateLimited; requeueAfter != nil -> Forget + AddAfter; (nil, nil) -> neither), sync (requeueAfter nil -> return nil, syncErr), syncCronJob (Suspend -> return nil, updateStatus, nil; CreateJob error -> FailedCreate "Error creating job: %v"); client-go util/workqueue default_rate_limiters.go ItemExponentialFailureRateLimiter.When (exp := failures[item]; failures[item]++; base*2^exp), Forget; TestControllerV2UpdateCronJob "spec.template changed" (delay 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 22m
  timeline:
  - { at: 12m, patch: { kind: CronJob, name: cj, spec: { suspend: true } } }
  - { at: 15m, patch: { kind: CronJob, name: cj, spec: { suspend: false } } }
  - { at: 18m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { labels: { job-name: null } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job-name: custom}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    const fc = ev.filter((e) => e.reason === 'FailedCreate');
    // failures i = 0..14 at 00:10:00.1 + 5ms*(2^i - 1); the retry due at 00:12:43.935 finds it suspended
    h.eq(fc.map((e) => e.firstTimestamp.slice(11, 19)), [
      '00:10:00', '00:10:00', '00:10:00', '00:10:00', '00:10:00', '00:10:00', '00:10:00', '00:10:00',
      '00:10:01', '00:10:02', '00:10:05', '00:10:10', '00:10:20', '00:10:41', '00:11:22',
      '00:15:00', '00:17:43',
    ], 'FailedCreate times: back-off count kept across the suspension');
    h.assert(fc.every((e) => e.type === 'Warning' && e.message.startsWith(FC('cj-29453770'))), 'every failure is for the 00:10 Job');
    h.eq(ev.filter((e) => e.reason !== 'FailedCreate').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:18:00Z', 'SuccessfulCreate', 'Created job cj-29453770'],
      ['2026-01-01T00:18:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Complete'],
      ['2026-01-01T00:20:00Z', 'SuccessfulCreate', 'Created job cj-29453780'],
      ['2026-01-01T00:20:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Complete'],
    ], 'the fix runs the 00:10 slot late, then 00:20 on time (Forgotten: no FailedCreate retry at 00:23:11)');
    h.eq(h.job('cj-29453770').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:10:00Z', 'late Job keeps its slot');
  },
};
