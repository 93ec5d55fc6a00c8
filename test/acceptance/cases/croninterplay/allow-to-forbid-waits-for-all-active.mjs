// Allow -> Forbid with three Jobs running: every slot is blocked until the *last* active Job finishes. A completion
// that leaves others active gives SawCompletedJob and JobAlreadyActive in that sync, and the status write of that
// sync enqueues the CronJob again, which reports JobAlreadyActive once more (same second). When the last one
// finishes (00:55:01), the most recent blocked slot (00:50) is created in that sync.
export default {
  id: 'croninterplay/allow-to-forbid-waits-for-all-active',
  source: 'cronjob_controllerv2.go syncCronJob (Forbid: len(Status.Active) > 0), updateCronJob (status update: enqueue now), sync (one UpdateStatus)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 57m
  timeline:
  - {at: 32m, patch: {kind: CronJob, name: cj, spec: {concurrencyPolicy: Forbid}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "25m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) > 1900).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message.replace('Not starting job because prior execution is running and concurrency policy is Forbid', 'forbid')]);
    h.eq(ev, [
      [2101, 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Complete'],
      [2400, 'JobAlreadyActive', 'forbid'],
      [2701, 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Complete'],
      [2701, 'JobAlreadyActive', 'forbid'],
      [2701, 'JobAlreadyActive', 'forbid'],
      [3000, 'JobAlreadyActive', 'forbid'],
      [3301, 'SawCompletedJob', 'Saw completed job: cj-29453790, condition: Complete'],
      [3301, 'SuccessfulCreate', 'Created job cj-29453810'],
    ], 'CronJob events after the change');
    const cj = h.cronjob('cj');
    h.eq([(cj.status.active ?? []).map((a) => a.name), cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], [['cj-29453810'], '2026-01-01T00:50:00Z', '2026-01-01T00:55:01Z'], 'status');
  },
};
