// TestMostRecentScheduleTime "earliestTime being LastScheduleTime (outside StartingDeadlineSeconds)": "*/5" with
// startingDeadlineSeconds 60, last run 10:30, controller down 10:34-10:36. Back at exactly 10:36:00, earliest =
// max(10:30, now - 60s) = 10:35:00 and Next is strictly after it: the 10:35 slot is dropped (no event, no status
// change), next Job 10:40. With 61 seconds the earliest is 10:34:59 and 10:35 is started late, at 10:36:00.
const cj = (ns, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "*/5 * * * *"
  startingDeadlineSeconds: ${sds}
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronint/sds-exact-boundary-dropped',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestMostRecentScheduleTime rows "earliestTime being LastScheduleTime (within StartingDeadlineSeconds)" / "(outside StartingDeadlineSeconds)"; utils.go mostRecentScheduleTime (schedulingDeadline := now.Add(-SDS); if schedulingDeadline.After(earliestTime) earliestTime = schedulingDeadline; t1 := schedule.Next(earliestTime)), nextScheduleTimeDuration (SDS not included)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:29:00Z"
  duration: 12m
  faults:
  - { at: 5m, controllerDown: cronjob, for: 2m }
${cj('exact', 60)}${cj('early', 61)}`,
  check(r, h) {
    const rows = (ns) => h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]);
    h.eq(rows('exact'), [
      ['mycronjob-24394230', '2016-05-19T10:30:00Z', '2016-05-19T10:30:00Z'],
      ['mycronjob-24394240', '2016-05-19T10:40:00Z', '2016-05-19T10:40:00Z'],
    ], 'sds 60: 10:35 dropped');
    h.eq(rows('early'), [
      ['mycronjob-24394230', '2016-05-19T10:30:00Z', '2016-05-19T10:30:00Z'],
      ['mycronjob-24394235', '2016-05-19T10:36:00Z', '2016-05-19T10:35:00Z'],
      ['mycronjob-24394240', '2016-05-19T10:40:00Z', '2016-05-19T10:40:00Z'],
    ], 'sds 61: 10:35 started late');
    const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === 'exact' && e.reason !== 'SawCompletedJob');
    h.eq(ev.map((e) => [e.firstTimestamp, e.reason]), [['2016-05-19T10:30:00Z', 'SuccessfulCreate'], ['2016-05-19T10:40:00Z', 'SuccessfulCreate']], 'no MissSchedule or other event for the dropped slot');
  },
};
