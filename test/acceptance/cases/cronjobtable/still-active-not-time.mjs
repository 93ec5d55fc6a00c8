// TestControllerV2SyncCronJob rows "still active, not time, A|F|R": the 09:00 Job is still running at the sync of
// 09:59: nothing is created or deleted, no event, the active list keeps the one Job (expectActive 1) and
// lastScheduleTime stays 09:00.
const cj = (ns, policy) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: ${policy}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "150m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/still-active-not-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, not time, A", "... F", "... R" (no create, no delete, expectActive 1, requeue 1m + nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 1h0m59s
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 58m55s }
${cj('ns-a', 'Allow')}${cj('ns-f', 'Forbid')}${cj('ns-r', 'Replace')}`,
  check(r, h) {
    for (const ns of ['ns-a', 'ns-f', 'ns-r']) {
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.reason]), [['2016-05-19T09:00:00Z', 'SuccessfulCreate']], `${ns}: nothing at 09:59`);
      const cron = h.cronjob('mycronjob', ns);
      h.eq((cron.status.active ?? []).map((a) => a.name), ['mycronjob-24394140'], `${ns}: active`);
      h.eq(cron.status.lastScheduleTime, '2016-05-19T09:00:00Z', `${ns}: lastScheduleTime`);
      h.eq(h.of('Job').filter((j) => j.metadata.namespace === ns && j.metadata.deletionTimestamp).length, 0, `${ns}: nothing deleted`);
    }
  },
};
