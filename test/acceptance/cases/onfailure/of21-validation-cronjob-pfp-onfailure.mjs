// A CronJob whose jobTemplate combines podFailurePolicy with restartPolicy OnFailure is refused like a Job, with the
// path under spec.jobTemplate: `spec.jobTemplate.spec.template.spec.restartPolicy: Invalid value: "OnFailure": only
// "Never" is supported when podFailurePolicy is specified`; nothing is simulated (exit 2).
export default {
  id: 'onfailure/validation-cronjob-pfp-onfailure',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobCreate -> validateJobTemplateSpec -> validateJobSpec(fldPath spec.jobTemplate.spec): field.Invalid(template.spec.restartPolicy, "only %q is supported when podFailurePolicy is specified")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      podFailurePolicy:
        rules:
        - action: Ignore
          onPodConditions: [{type: DisruptionTarget}]
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('CronJob default/cj: '));
    h.eq(l.length, 1, `one problem: ${JSON.stringify(l)}`);
    h.assert(l[0].endsWith('CronJob default/cj: spec.jobTemplate.spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified'), l[0]);
  },
};
