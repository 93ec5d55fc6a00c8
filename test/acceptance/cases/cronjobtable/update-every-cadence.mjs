// TestControllerV2UpdateCronJob rows "spec.schedule with @every changed - cadence decrease" (@every 1m -> @every 3m,
// lastScheduleTime 09:59, now 09:59:59: delay 2m1s + 100ms) and "... cadence increase" (@every 3m -> @every 1m: delay
// 1s + 100ms): the next Job after the change is at 10:02:00 and 10:00:00 respectively, counted from lastScheduleTime.
const tpl = { spec: { template: { spec: { containers: [{ name: 'c', image: 'foo/bar' }], restartPolicy: 'Never' } } } };
export default {
  id: 'cronjobtable/update-every-cadence',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob rows "spec.schedule with @every changed - cadence decrease" (2m1s + nextScheduleDelta), "spec.schedule with @every changed - cadence increase" (1s + nextScheduleDelta); cronjob_controllerv2.go updateCronJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:56:00Z"
  duration: 10m30s
  timeline:
  - at: 2m
    create: ${JSON.stringify({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'mycronjob', namespace: 'decrease' }, spec: { schedule: '@every 1m', jobTemplate: tpl } })}
  - { at: 3m59s, patch: { kind: CronJob, namespace: decrease, name: mycronjob, spec: { schedule: "@every 3m" } } }
  - { at: 3m59s, patch: { kind: CronJob, namespace: increase, name: mycronjob, spec: { schedule: "@every 1m" } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: increase}
spec:
  schedule: "@every 3m"
  jobTemplate: ${JSON.stringify(tpl)}
`,
  check(r, h) {
    const rows = (ns) => h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.metadata.creationTimestamp]);
    h.eq(rows('decrease'), [
      ['mycronjob-24394199', '2016-05-19T09:59:00Z'],
      ['mycronjob-24394202', '2016-05-19T10:02:00Z'],
      ['mycronjob-24394205', '2016-05-19T10:05:00Z'],
    ], 'decrease: 09:59, then every 3m from it');
    h.eq(rows('increase'), [
      ['mycronjob-24394199', '2016-05-19T09:59:00Z'],
      ['mycronjob-24394200', '2016-05-19T10:00:00Z'],
      ['mycronjob-24394201', '2016-05-19T10:01:00Z'],
      ['mycronjob-24394202', '2016-05-19T10:02:00Z'],
      ['mycronjob-24394203', '2016-05-19T10:03:00Z'],
      ['mycronjob-24394204', '2016-05-19T10:04:00Z'],
      ['mycronjob-24394205', '2016-05-19T10:05:00Z'],
      ['mycronjob-24394206', '2016-05-19T10:06:00Z'],
    ], 'increase: 09:59, then every minute');
  },
};
