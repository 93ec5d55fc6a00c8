// TestControllerV2SyncCronJob rows "still active, is time, A" and "still active, is time, not past deadline": the
// 09:00 Job still runs when the controller syncs at 10:01: Allow creates the 10:00 Job beside it (expectActive 2),
// with a requeue of 59m0.1s: at 11:00:00 a third Job.
const cj = (ns, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Allow
${sds ? `  startingDeadlineSeconds: ${sds}\n` : ''}  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "150m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/still-active-is-time-allow',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, A", "still active, is time, not past deadline" (expectCreate, expectActive 2, requeue 1h-1m+nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h10m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 60m55s }
${cj('ns-a')}${cj('ns-longdead', 1000000)}`,
  check(r, h) {
    for (const ns of ['ns-a', 'ns-longdead']) {
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
        ['2016-05-19T09:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
        ['2016-05-19T10:01:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
        ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ], `${ns}: events`);
      const cron = h.cronjob('mycronjob', ns);
      h.eq((cron.status.active ?? []).map((a) => a.name), ['mycronjob-24394140', 'mycronjob-24394200', 'mycronjob-24394260'], `${ns}: active, in creation order`);
      h.eq(cron.status.lastScheduleTime, '2016-05-19T11:00:00Z', `${ns}: lastScheduleTime`);
    }
  },
};
