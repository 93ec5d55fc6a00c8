// A CronJob whose job template sets the pod label controller-uid: foo is valid (ValidateJobTemplateSpec
// checks no generated labels), but every Job it makes is refused by the API server: generateSelector keeps
// the user's controller-uid label and validateGeneratedSelector requires it to be the Job's uid. The
// controller records Warning FailedCreate "Error creating job: Job.batch \"cj-29453761\" is invalid: ...
// must be '<uid>'" and no Job (nor pod) exists.
export default {
  id: 'strategy/cronjob-template-controller-uid-label',
  source: 'pkg/registry/batch/job/strategy.go PrepareForCreate/generateSelector ("found: ... If there is a conflict, we will reject in validation"); validation.go validateGeneratedSelector (ValidateHasLabel(LegacyControllerUidLabel, uid) -> Invalid "must be \'<uid>\'"), ValidateJobTemplateSpec (no such check for CronJobs); cronjob_controllerv2.go syncCronJob (CreateJob error: Eventf Warning FailedCreate "Error creating job: %v")',
  args: ['--duration', '90s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {controller-uid: foo}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => j.metadata.name), [], 'no Job is created');
    h.eq(h.of('Pod').length, 0, 'no pod');
    const fc = h.events({ reason: 'FailedCreate', kind: 'CronJob', name: 'cj' });
    h.assert(fc.length >= 1, 'FailedCreate recorded');
    h.eq([fc[0].type, fc[0].firstTimestamp], ['Warning', '2026-01-01T00:01:00Z'], 'first FailedCreate');
    h.assert(/^Error creating job: Job\.batch "cj-29453761" is invalid: spec\.template\.metadata\.labels\[controller-uid\]: Invalid value: map\[string\]string\{.*"controller-uid":"foo".*\}: must be '[0-9a-f-]{36}'$/.test(fc[0].message), fc[0].message);
    h.eq(h.cronjob('cj').status.active ?? [], [], 'nothing active');
    h.eq(h.cronjob('cj').status.lastScheduleTime, undefined, 'no lastScheduleTime');
  },
};
