// The same AlreadyExists adoption when the colliding Job is still running at the new slot: at 10:00:30 the slot's
// name is already in status.active ("already processed": only a requeue, lastScheduleTime stays 10:00). When the Job
// completes (10:00:46) the completion's sync removes it (SawCompletedJob), finds 10:00:30 still unmet, collides with
// the same Job and adopts it (no SuccessfulCreate); the status update re-syncs and removes it again.
export default {
  id: 'cronjobtable/already-exists-adopted-late',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (inActiveListByName "already processed"; IsAlreadyExists: IsControlledBy and not inActiveList -> append ref, LastScheduleTime, no event); TestControllerV2JobAlreadyExistsButNotInActiveStatus',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 59m55s
  timeline:
  - { at: "2016-05-19T10:00:20Z", patch: { kind: CronJob, name: mycronjob, spec: { schedule: "@every 30s" } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * ?"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "45s"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate'],
      ['2016-05-19T10:00:46Z', 'SawCompletedJob'],
      ['2016-05-19T10:00:46Z', 'SawCompletedJob'],
    ], 'events');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['mycronjob-24394200'], 'one Job');
    const st = h.cronjob('mycronjob').status;
    h.eq([st.lastScheduleTime, st.active ?? []], ['2016-05-19T10:00:30Z', []], 'adopted slot 10:00:30');
  },
};
