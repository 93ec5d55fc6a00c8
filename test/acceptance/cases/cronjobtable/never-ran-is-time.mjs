// TestControllerV2SyncCronJob rows "never ran, is time, A|F|R" and "never ran, is time, not past deadline": a CronJob
// created at 09:01 whose controller first syncs at 10:01 (outage) creates the 10:00 Job at 10:01 (expectCreate,
// expectActive 1), with a controllerRef to the CronJob, and is requeued 59m0.1s later
// (1*time.Hour - 1*time.Minute + nextScheduleDelta): the 11:00 Job is created at 11:00:00.
const cj = (ns, policy, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: ${policy}
${sds ? `  startingDeadlineSeconds: ${sds}\n` : ''}  jobTemplate:
    metadata: {labels: {a: b}, annotations: {x: "y"}}
    spec:
      template:
        metadata: {labels: {foo: bar}, annotations: {jobsim/duration: "30m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/never-ran-is-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "never ran, is time, A", "never ran, is time, F", "never ran, is time, R", "never ran, is time, not past deadline" (expectCreate, expectActive 1, requeue 1h-1m+nextScheduleDelta, controllerRef batch/v1 CronJob controller=true)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 2h4m
  faults:
  - { at: 0s, controllerDown: cronjob, for: 60m }
${cj('ns-a', 'Allow')}${cj('ns-f', 'Forbid')}${cj('ns-r', 'Replace')}${cj('ns-longdead', 'Allow', 1000000)}`,
  check(r, h) {
    for (const ns of ['ns-a', 'ns-f', 'ns-r', 'ns-longdead']) {
      const cron = h.cronjob('mycronjob', ns);
      const jobs = h.of('Job').filter((j) => j.metadata.namespace === ns);
      h.eq(jobs.map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.deletionTimestamp ?? null]), [
        ['mycronjob-24394200', '2016-05-19T10:01:00Z', null],
        ['mycronjob-24394260', '2016-05-19T11:00:00Z', null],
      ], `${ns}: 10:00 Job at 10:01, then 11:00 Job at 11:00:00`);
      const j = jobs[0];
      h.eq(j.metadata.annotations, { x: 'y', 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2016-05-19T10:00:00Z' }, `${ns}: annotations`);
      h.eq(j.metadata.labels, { a: 'b' }, `${ns}: labels are the jobTemplate's`);
      const refs = j.metadata.ownerReferences ?? [];
      h.eq(refs.map((o) => [o.apiVersion, o.kind, o.name, o.uid, o.controller]), [['batch/v1', 'CronJob', 'mycronjob', cron.metadata.uid, true]], `${ns}: controllerRef`);
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
        ['2016-05-19T10:01:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
        ['2016-05-19T10:31:01Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
        ['2016-05-19T11:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ], `${ns}: events`);
      h.eq((cron.status.active ?? []).map((a) => [a.kind, a.namespace, a.name]), [['Job', ns, 'mycronjob-24394260']], `${ns}: active`);
      h.eq([cron.status.lastScheduleTime, cron.status.lastSuccessfulTime], ['2016-05-19T11:00:00Z', '2016-05-19T10:31:01Z'], `${ns}: lastScheduleTime, lastSuccessfulTime`);
    }
  },
};
