// The upstream table disables "with @every schedule, prev ran but done, is time, not past deadline" because the
// startingDeadlineSeconds logic moves the base of an @every schedule. With "@every 5m" and SDS 600 (longer than
// the period), last run 10:00:00, controller down 10:01-10:30:30: earliest = now - 600s = 10:20:30, t1 = 10:25:30,
// the most recent time is 10:30:30, so a Job for 10:30:30 (name minute 10:30, annotation with :30 seconds) is made
// and the cadence continues from it (10:35:30, 10:40:30). Without SDS the base stays 10:00: 10:30:00, 10:35, 10:40.
const cj = (ns, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every, namespace: ${ns}}
spec:
  schedule: "@every 5m"
${sds ? `  startingDeadlineSeconds: ${sds}\n` : ''}  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronint/every-sds-reanchors-after-outage',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go (commented-out row "with @every schedule, prev ran but done, is time, not past deadline": "the logic around StartingDeadlineSecond ... messes up the time that calculating schedule.Next(earliestTime) is based on"); utils.go mostRecentScheduleTime (earliest lifted to now - SDS; potentialEarliest loop); robfig/cron v3 ConstantDelaySchedule.Next',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:55:00Z"
  duration: 46m
  faults:
  - { at: 6m, controllerDown: cronjob, for: 29m30s }
${cj('sds', 600)}${cj('nosds')}`,
  check(r, h) {
    const rows = (ns) => h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]);
    h.eq(rows('sds'), [
      ['every-24394200', '2016-05-19T10:00:00Z', '2016-05-19T10:00:00Z'],
      ['every-24394230', '2016-05-19T10:30:30Z', '2016-05-19T10:30:30Z'],
      ['every-24394235', '2016-05-19T10:35:30Z', '2016-05-19T10:35:30Z'],
      ['every-24394240', '2016-05-19T10:40:30Z', '2016-05-19T10:40:30Z'],
    ], 'SDS: re-anchored on the restart second');
    h.eq(rows('nosds'), [
      ['every-24394200', '2016-05-19T10:00:00Z', '2016-05-19T10:00:00Z'],
      ['every-24394230', '2016-05-19T10:30:30Z', '2016-05-19T10:30:00Z'],
      ['every-24394235', '2016-05-19T10:35:00Z', '2016-05-19T10:35:00Z'],
      ['every-24394240', '2016-05-19T10:40:00Z', '2016-05-19T10:40:00Z'],
    ], 'no SDS: cadence kept from lastScheduleTime');
    h.eq([h.cronjob('every', 'sds').status.lastScheduleTime, h.cronjob('every', 'nosds').status.lastScheduleTime], ['2016-05-19T10:40:30Z', '2016-05-19T10:40:00Z'], 'lastScheduleTime');
  },
};
