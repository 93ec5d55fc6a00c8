// A CronJob applied with a status (lastScheduleTime, active) gets an empty status: cronJobStrategy.PrepareForCreate
// resets it. So the look-back starts from creationTimestamp (the 00:01 slot runs although the given
// lastScheduleTime said 00:01) and the bogus active entry never yields a MissingJob.
export default {
  id: 'cronsync/status-on-create-ignored',
  source: 'pkg/registry/batch/cronjob/strategy.go PrepareForCreate (cronJob.Status = batch.CronJobStatus{}); utils.go mostRecentScheduleTime (earliest = lastScheduleTime ?? creationTimestamp)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
status:
  lastScheduleTime: "2026-01-01T00:01:00Z"
  lastSuccessfulTime: "2026-01-01T00:01:30Z"
  active: [{kind: Job, name: ghost, namespace: default, uid: 00000000-0000-0000-0000-000000000001}]
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:01:00Z', 'SuccessfulCreate', 'Created job cj-29453761'],
      ['2026-01-01T00:01:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453761, condition: Complete'],
      ['2026-01-01T00:02:00Z', 'SuccessfulCreate', 'Created job cj-29453762'],
      ['2026-01-01T00:02:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453762, condition: Complete'],
    ], 'events: no MissingJob for the bogus active entry');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active], ['2026-01-01T00:02:00Z', '2026-01-01T00:02:11Z', undefined], 'status written by the controller only');
  },
};
