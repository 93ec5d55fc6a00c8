// A CronJob failing to create its 00:10 Job (back-off retries) is deleted at 00:12 and created again at 00:13 with the
// same name and a valid template. The deleted one's pending retry finds no CronJob (no event); the new one starts from
// its own creationTimestamp (00:13): nothing before its first slot, the 00:20 Job on time.
export default {
  id: 'cronv2rows/failedcreate-delete-recreate-fresh',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go sync (cronJobLister Get NotFound -> return nil, nil), syncCronJob (FailedCreate); utils.go mostRecentScheduleTime (earliest = creationTimestamp of the new object, lastScheduleTime unset); registry cronjob strategy PrepareForCreate (status cleared)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 21m
  timeline:
  - { at: 12m, delete: { kind: CronJob, name: cj } }
  - { at: 13m, create: { apiVersion: batch/v1, kind: CronJob, metadata: { name: cj }, spec: { schedule: "*/10 * * * *", jobTemplate: { spec: { template: { spec: { containers: [{ name: c, image: busybox }], restartPolicy: Never } } } } } } }
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
    h.eq(fc.map((e) => e.firstTimestamp.slice(11, 19)), [
      ...Array(8).fill('00:10:00'), '00:10:01', '00:10:02', '00:10:05', '00:10:10', '00:10:20', '00:10:41', '00:11:22',
    ], 'failures of the first CronJob only');
    const cjs = h.of('CronJob');
    h.eq(cjs.length, 2, 'two CronJob objects named cj');
    const [oldCj, newCj] = [...cjs].sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp));
    h.assert(fc.every((e) => e.involvedObject.uid === oldCj.metadata.uid), 'FailedCreate on the first one');
    h.eq(ev.filter((e) => e.reason !== 'FailedCreate').map((e) => [e.firstTimestamp, e.reason, e.message, e.involvedObject.uid === newCj.metadata.uid]), [
      ['2026-01-01T00:20:00Z', 'SuccessfulCreate', 'Created job cj-29453780', true],
      ['2026-01-01T00:20:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Complete', true],
    ], 'the new CronJob: its first slot 00:20 on time');
    h.eq([newCj.metadata.creationTimestamp, newCj.status.lastScheduleTime], ['2026-01-01T00:13:00Z', '2026-01-01T00:20:00Z'], 'new CronJob');
  },
};
