// TestControllerV2SyncCronJob rows "prev ran but done, long overdue, not past deadline, A|R|F" (startingDeadlineSeconds
// 1000000) and "prev ran but done, long overdue, no deadline, A|R|F": last run 2016-05-19 09:00, controller back a
// week later at 2016-05-26 10:00:00: about 169 missed hourly slots, so one Warning TooManyMissedTimes, and the most
// recent slot (10:00 that day) is still created (expectCreate, expectActive 1); requeue 1h + nextScheduleDelta.
const cj = (ns, policy, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: ${policy}
${sds ? `  startingDeadlineSeconds: ${sds}\n` : ''}  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
const cases = [['nodead-a', 'Allow'], ['nodead-r', 'Replace'], ['nodead-f', 'Forbid'], ['longdead-a', 'Allow', 1000000], ['longdead-r', 'Replace', 1000000], ['longdead-f', 'Forbid', 1000000]];
export default {
  id: 'cronjobtable/long-overdue-too-many',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "prev ran but done, long overdue, not past deadline, A|R|F", "prev ran but done, long overdue, no deadline, A|R|F" (expectCreate, expectedWarnings 1, requeue 1h + nextScheduleDelta); utils.go nextScheduleTime (TooManyMissedTimes message)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 7d2h10m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 7d59m55s }
${cases.map((c) => cj(...c)).join('')}`,
  check(r, h) {
    for (const [ns] of cases) {
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
        ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
        ['2016-05-26T10:00:00Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
        ['2016-05-26T10:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
        ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404280'],
        ['2016-05-26T10:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24404280, condition: Complete'],
        ['2016-05-26T11:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404340'],
        ['2016-05-26T11:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24404340, condition: Complete'],
      ], `${ns}: events`);
      h.eq(h.of('Job').filter((j) => j.metadata.namespace === ns).length, 3, `${ns}: three Jobs`);
    }
  },
};
