// A CronJob with a custom finalizer, deleted (background) at 00:15: it stays with a deletionTimestamp. Its sync stops
// after the Job reconciliation ("being deleted: only update status"): no Job at 00:20, but the running Job's
// completion is still recorded (SawCompletedJob, lastSuccessfulTime). The garbage collector does not touch the Job
// while its owner still exists (background waits for the owner to go).
export default {
  id: 'croninterplay/deleting-cronjob-with-finalizer',
  source: 'cronjob_controllerv2.go syncCronJob (cronJob.DeletionTimestamp != nil: return nil, updateStatus, nil after the active-list reconciliation); garbagecollector background propagation',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 45m
  timeline:
  - {at: 15m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, finalizers: [example.com/keep]}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "12m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq([h.sec(cj.metadata.deletionTimestamp), cj.metadata.finalizers], [900, ['example.com/keep']], 'CronJob held by its finalizer');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1321, 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Complete'],
    ], 'CronJob events: nothing created after the deletion, completion still seen');
    h.eq([cj.status.active, cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], [undefined, '2026-01-01T00:10:00Z', '2026-01-01T00:22:01Z'], 'status still written');
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.deletionTimestamp]), [['cj-29453770', undefined]], 'Job not collected while the owner exists');
  },
};
