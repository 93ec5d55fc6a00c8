// Task page: pods are found with --selector=job-name=<job>, a label the API server puts on every Job's pod template.
// Job template: "exactly the same schema as a Job". A jobTemplate whose pod template sets its own job-name label
// ("custom") is accepted on the CronJob (the template's generated selector is not checked), but each Job the
// controller creates is refused by ValidateJob: the generated-selector check wants job-name=<job>. Upstream: Warning
// FailedCreate "Error creating job: Job.batch "hello-29453761" is invalid: spec.template.metadata.labels[job-name]:
// Invalid value: map[...]: must be 'hello-29453761'", no Job. (The same Job written standalone is refused by jobsim.)
export default {
  id: 'crondocs/template-job-name-label-failedcreate',
  source: 'validation.go ValidateJob -> validateGeneratedSelector (ValidateHasLabel(template, "job-name", job.Name): "must be \'%s\'"), ValidateJobTemplateSpec (no such check); job strategy generateSelector (keeps a user-set job-name label); cronjob_controllerv2.go syncCronJob (FailedCreate "Error creating job: %v")',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {job-name: custom}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const fc = h.events({ kind: 'CronJob', reason: 'FailedCreate' });
    h.assert(fc.length >= 1, `FailedCreate recorded (events: ${JSON.stringify(h.events({ kind: 'CronJob' }).map((e) => e.reason))})`);
    const msg = fc[0].message;
    h.eq([fc[0].firstTimestamp, fc[0].type], ['2026-01-01T00:01:00Z', 'Warning'], 'first FailedCreate');
    h.assert(msg.startsWith('Error creating job: Job.batch "hello-29453761" is invalid: spec.template.metadata.labels[job-name]: Invalid value: map[string]string{'), msg);
    h.assert(msg.endsWith(`"job-name":"custom"}: must be 'hello-29453761'`), msg);
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.cronjob('hello').status.lastScheduleTime, undefined, 'no lastScheduleTime');
  },
};
