// A Job nobody owns holds the 02:00 name: at 02:00 the create hits AlreadyExists and the sync returns with no event,
// no status change and no requeue. An edit at 02:10 re-syncs but hits the same Job; deleting that Job at 02:20 wakes
// nothing (no controllerRef); the edit at 02:40 re-syncs, the 02:00 slot is still the most recent unmet one and its Job
// is created 40 minutes late (annotation 02:00), after which the CronJob is back on its hourly requeue.
export default {
  id: 'cronv2rows/foreign-name-stuck-until-edit',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2JobAlreadyExistsButDifferentOwner (0 status updates); cronjob_controllerv2.go syncCronJob (IsAlreadyExists: !metav1.IsControlledBy -> return nil, updateStatus, nil), sync (nil requeue, nil error: key dropped), deleteJob handler (controllerRef == nil: return), updateCronJob (other change: enqueueController); utils.go mostRecentScheduleTime (now < t2: t1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3h30m
  timeline:
  - { at: 2h10m, patch: { kind: CronJob, name: hourly, spec: { jobTemplate: { metadata: { labels: { edited: "1" } } } } } }
  - { at: 2h20m, delete: { kind: Job, name: hourly-29453880 } }
  - { at: 2h40m, patch: { kind: CronJob, name: hourly, spec: { jobTemplate: { metadata: { labels: { edited: "2" } } } } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: hourly-29453880
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hourly
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T01:00:00Z', 'SuccessfulCreate', 'Created job hourly-29453820'],
      ['2026-01-01T01:00:11Z', 'SawCompletedJob', 'Saw completed job: hourly-29453820, condition: Complete'],
      ['2026-01-01T02:40:00Z', 'SuccessfulCreate', 'Created job hourly-29453880'],
      ['2026-01-01T02:40:11Z', 'SawCompletedJob', 'Saw completed job: hourly-29453880, condition: Complete'],
      ['2026-01-01T03:00:00Z', 'SuccessfulCreate', 'Created job hourly-29453940'],
      ['2026-01-01T03:00:11Z', 'SawCompletedJob', 'Saw completed job: hourly-29453940, condition: Complete'],
    ], 'silent at 02:00 and 02:10; the 02:00 Job only at 02:40');
    const late = h.jobsOf('hourly').find((j) => j.metadata.name === 'hourly-29453880');
    h.eq([late.metadata.creationTimestamp, late.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], late.metadata.labels], ['2026-01-01T02:40:00Z', '2026-01-01T02:00:00Z', { edited: '2' }], 'the late 02:00 Job');
    const foreign = h.of('Job').find((j) => j.metadata.name === 'hourly-29453880' && !j.metadata.ownerReferences);
    h.eq(foreign?.metadata.deletionTimestamp, '2026-01-01T02:20:00Z', 'the foreign Job was deleted at 02:20');
    h.eq(h.cronjob('hourly').status.lastScheduleTime, '2026-01-01T03:00:00Z', 'lastScheduleTime');
  },
};
