// TestNextScheduleTime cases 6 and 7: hourly CronJob created 08:00, last scheduled 09:00, controller back exactly at
// T2 + 10 days (2016-05-29 11:00:00). Without a deadline (case 6) 242 missed hours give TooManyMissedTimes and the 11:00
// Job is still created; with startingDeadlineSeconds 7200 (case 7) the look-back starts at 09:00 that day: the same
// 11:00 Job, no warning. Both then run 12:00 on time.
const cj = (ns, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
${sds ? `  startingDeadlineSeconds: ${sds}\n` : ''}  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronv2rows/nst-case6-7-ten-days',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestNextScheduleTime "Case 6: now is way way ahead of last start time, and there is no deadline" and "Case 7: ... but there is a short deadline" (deadline 2*60*60); utils.go mostRecentScheduleTime (numberOfMissedSchedules > 100 -> manyMissed; SDS lifts earliest), nextScheduleTime (TooManyMissedTimes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:00:00Z"
  duration: 10d4h30s
  faults:
  - { at: 1h30s, controllerDown: cronjob, for: 10d1h59m30s }
${cj('case6')}${cj('case7', 7200)}`,
  check(r, h) {
    for (const ns of ['case6', 'case7']) {
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
        ['2016-05-19T09:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
        ['2016-05-19T09:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
        ...(ns === 'case6' ? [['2016-05-29T11:00:00Z', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew']] : []),
        ['2016-05-29T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24408660'],
        ['2016-05-29T11:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24408660, condition: Complete'],
        ['2016-05-29T12:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24408720'],
        ['2016-05-29T12:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24408720, condition: Complete'],
      ], `${ns}: events`);
      h.eq(h.job('mycronjob-24408660', ns).metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2016-05-29T11:00:00Z', `${ns}: T2 + 10d`);
    }
  },
};
