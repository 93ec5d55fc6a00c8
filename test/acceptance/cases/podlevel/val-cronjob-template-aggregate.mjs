// A CronJob's job template is validated with the same pod-level rule, at the jobTemplate path, when it is loaded.
export default {
  id: 'podlevel/val-cronjob-template-aggregate',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobCreate -> validateJobTemplateSpec -> ValidatePodTemplateSpec -> ValidatePodSpec -> validatePodResources; validation.go validatePodResourceConsistency',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          resources: {requests: {cpu: 250m}}
          containers:
          - {name: a, image: busybox, resources: {requests: {cpu: 200m}}}
          - {name: b, image: busybox, resources: {requests: {cpu: 100m}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('CronJob default/nightly: '));
    h.eq(lines.map((l) => l.replace(/^.*CronJob default\/nightly: /, '')), ['spec.jobTemplate.spec.template.spec.resources.requests[cpu]: Invalid value: "250m": must be greater than or equal to aggregate container requests of 300m'], 'problems');
  },
};
