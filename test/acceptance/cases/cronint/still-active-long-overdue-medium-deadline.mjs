// "prev ran ..., long overdue, past medium deadline" with the 10:00 Job still running (30-day pods) through a week
// outage (back 2016-05-26T10:02): SDS 7200 lifts earliest to 08:02, so only two slots are counted (no warning) and
// the most recent is 10:00. Allow adds a second active Job, Replace deletes the old one first, Forbid is blocked
// (JobAlreadyActive, lastScheduleTime unchanged). All requeue for 11:00:00.1, where the same happens again.
const cj = (ns, policy) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: ${policy}
  startingDeadlineSeconds: 7200
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30d"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronint/still-active-long-overdue-medium-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "prev ran but done, long overdue, past medium deadline, A|R|F" (no warning) combined with "still active, is time, A|R|F"; utils.go mostRecentScheduleTime (SDS bound), nextScheduleTimeDuration; cronjob_controllerv2.go syncCronJob',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 7d1h2m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 7d1m55s }
${cj('ns-a', 'Allow')}${cj('ns-r', 'Replace')}${cj('ns-f', 'Forbid')}`,
  check(r, h) {
    const rows = (ns) => r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]);
    const c = (t, n) => [t, 'Normal', 'SuccessfulCreate', `Created job mycronjob-${n}`];
    const d = (t, n) => [t, 'Normal', 'SuccessfulDelete', `Deleted job mycronjob-${n}`];
    const b = (t) => [t, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'];
    h.eq(rows('ns-a'), [c('2016-05-19T10:00:00Z', 24394200), c('2016-05-26T10:02:00Z', 24404280), c('2016-05-26T11:00:00Z', 24404340)], 'Allow');
    h.eq(rows('ns-r'), [c('2016-05-19T10:00:00Z', 24394200), d('2016-05-26T10:02:00Z', 24394200), c('2016-05-26T10:02:00Z', 24404280), d('2016-05-26T11:00:00Z', 24404280), c('2016-05-26T11:00:00Z', 24404340)], 'Replace');
    h.eq(rows('ns-f'), [c('2016-05-19T10:00:00Z', 24394200), b('2016-05-26T10:02:00Z'), b('2016-05-26T11:00:00Z')], 'Forbid');
    const act = (ns) => (h.cronjob('mycronjob', ns).status.active ?? []).map((a) => a.name);
    h.eq([act('ns-a'), act('ns-r'), act('ns-f')], [['mycronjob-24394200', 'mycronjob-24404280', 'mycronjob-24404340'], ['mycronjob-24404340'], ['mycronjob-24394200']], 'active lists');
    h.eq(['ns-a', 'ns-r', 'ns-f'].map((ns) => h.cronjob('mycronjob', ns).status.lastScheduleTime), ['2016-05-26T11:00:00Z', '2016-05-26T11:00:00Z', '2016-05-19T10:00:00Z'], 'lastScheduleTime');
    h.eq(h.job('mycronjob-24404280', 'ns-a').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2016-05-26T10:00:00Z', 'the restart Job is the 10:00 slot');
  },
};
