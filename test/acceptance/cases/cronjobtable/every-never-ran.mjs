// TestControllerV2SyncCronJob rows "with @every schedule, never ran, not time" (created 09:59, requeue 59m0.1s... i.e.
// 1h - 1m + nextScheduleDelta measured from 10:00) and "with @every schedule, never ran, is time" (created 08:59,
// synced at 09:59: create, requeue 1h + nextScheduleDelta): @every 1h counts from creationTimestamp, so the slots are
// 09:59, 10:59 for the first CronJob and 10:59, 11:59 for the second.
const tpl = { spec: { template: { spec: { containers: [{ name: 'c', image: 'foo/bar' }], restartPolicy: 'Never' } } } };
export default {
  id: 'cronjobtable/every-never-ran',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "with @every schedule, never ran, not time", "with @every schedule, never ran, is time" (everyHour = "@every 1h")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 3h30m
  timeline:
  - at: 1h
    create: ${JSON.stringify({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'mycronjob', namespace: 'not-time' }, spec: { schedule: '@every 1h', jobTemplate: tpl } })}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: is-time}
spec:
  schedule: "@every 1h"
  jobTemplate: ${JSON.stringify(tpl)}
`,
  check(r, h) {
    const rows = (ns) => h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]);
    h.eq(rows('is-time'), [
      ['mycronjob-24394199', '2016-05-19T09:59:00Z', '2016-05-19T09:59:00Z'],
      ['mycronjob-24394259', '2016-05-19T10:59:00Z', '2016-05-19T10:59:00Z'],
      ['mycronjob-24394319', '2016-05-19T11:59:00Z', '2016-05-19T11:59:00Z'],
    ], 'created 08:59: 09:59, 10:59, 11:59');
    h.eq(rows('not-time'), [
      ['mycronjob-24394259', '2016-05-19T10:59:00Z', '2016-05-19T10:59:00Z'],
      ['mycronjob-24394319', '2016-05-19T11:59:00Z', '2016-05-19T11:59:00Z'],
    ], 'created 09:59: first at 10:59');
  },
};
