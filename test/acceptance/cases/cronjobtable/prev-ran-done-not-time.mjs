// TestControllerV2SyncCronJob rows "prev ran but done, not time, A|F|R": the 09:00 Job completed (while the
// controller was down); the sync at 09:59 records lastSuccessfulTime = the Job's completionTime (the loop asserts
// it), creates nothing, and requeues 1m0.1s later: the 10:00 Job is created at 10:00:00.
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
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/prev-ran-done-not-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "prev ran but done, not time, A", "... F", "... R" (no create, lastSuccessfulTime = completionTime, expectUpdateStatus, requeue 1m + nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 1h31m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 58m55s }
${cj('ns-a', 'Allow')}${cj('ns-f', 'Forbid')}${cj('ns-r', 'Replace')}`,
  check(r, h) {
    for (const ns of ['ns-a', 'ns-f', 'ns-r']) {
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
        ['2016-05-19T09:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
        ['2016-05-19T09:59:00Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
        ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
        ['2016-05-19T10:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ], `${ns}: nothing created at 09:59; the 10:00 Job at 10:00:00`);
      h.eq(h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.status.completionTime]), [
        ['mycronjob-24394140', '2016-05-19T09:00:11Z'],
        ['mycronjob-24394200', '2016-05-19T10:00:11Z'],
      ], `${ns}: Jobs`);
      const st = h.cronjob('mycronjob', ns).status;
      h.eq([st.lastScheduleTime, st.lastSuccessfulTime], ['2016-05-19T10:00:00Z', '2016-05-19T10:00:11Z'], `${ns}: status`);
    }
  },
};
