// TestControllerV2SyncCronJob rows "prev ran but done, is time, A|F|R" and "... is time, not past deadline": the
// 09:00 Job completed at 09:00:11 while the controller was down; at 10:01 one sync removes it from active
// (SawCompletedJob), sets lastSuccessfulTime to its completionTime, creates the 10:00 Job, and requeues
// 59m0.1s later (the 11:00 Job at 11:00:00).
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
export default {
  id: 'cronjobtable/prev-ran-done-is-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "prev ran but done, is time, A", "... F", "... R", "prev ran but done, is time, not past deadline" (expectCreate, expectActive 1, lastSuccessfulTime = completionTime, requeue 1h-1m+nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h1m30s
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 60m55s }
${cj('ns-a', 'Allow')}${cj('ns-f', 'Forbid')}${cj('ns-r', 'Replace')}${cj('ns-longdead', 'Allow', 1000000)}`,
  check(r, h) {
    for (const ns of ['ns-a', 'ns-f', 'ns-r', 'ns-longdead']) {
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
        ['2016-05-19T09:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
        ['2016-05-19T10:01:00Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
        ['2016-05-19T10:01:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
        ['2016-05-19T10:01:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
        ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
        ['2016-05-19T11:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394260, condition: Complete'],
      ], `${ns}: events`);
      const st = h.cronjob('mycronjob', ns).status;
      h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2016-05-19T11:00:00Z', '2016-05-19T11:00:11Z', []], `${ns}: status`);
    }
  },
};
