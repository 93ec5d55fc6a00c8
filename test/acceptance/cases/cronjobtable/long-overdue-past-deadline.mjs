// TestControllerV2SyncCronJob rows "prev ran but done, long overdue, past medium deadline, A|R|F" (2h) and "... past
// short deadline, A|R|F" (10s): startingDeadlineSeconds lifts the look-back to now - SDS, so after a week's outage
// ending 2016-05-26 10:00:00 only 1-2 slots are counted: no warning (expectedWarnings 0), the 10:00 Job is created
// at once, requeue 1h + nextScheduleDelta.
const cj = (ns, policy, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: ${policy}
  startingDeadlineSeconds: ${sds}
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
const cases = [['medium-a', 'Allow', 7200], ['medium-r', 'Replace', 7200], ['medium-f', 'Forbid', 7200], ['short-a', 'Allow', 10], ['short-r', 'Replace', 10], ['short-f', 'Forbid', 10]];
export default {
  id: 'cronjobtable/long-overdue-past-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "prev ran but done, long overdue, past medium deadline, A|R|F", "prev ran but done, long overdue, past short deadline, A|R|F" (expectCreate, expectedWarnings 0, requeue 1h + nextScheduleDelta)',
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
      h.eq(ev.map((e) => [e.firstTimestamp, e.type, e.reason]), [
        ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate'],
        ['2016-05-26T10:00:00Z', 'Normal', 'SawCompletedJob'],
        ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulCreate'],
        ['2016-05-26T10:00:11Z', 'Normal', 'SawCompletedJob'],
        ['2016-05-26T11:00:00Z', 'Normal', 'SuccessfulCreate'],
        ['2016-05-26T11:00:11Z', 'Normal', 'SawCompletedJob'],
      ], `${ns}: events, no warning`);
      h.eq(h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [
        ['mycronjob-24394140', '2016-05-19T09:00:00Z'],
        ['mycronjob-24404280', '2016-05-26T10:00:00Z'],
        ['mycronjob-24404340', '2016-05-26T11:00:00Z'],
      ], `${ns}: Jobs`);
    }
  },
};
