// In a CronJob the same validation applies under spec.jobTemplate.spec.template.
export default {
  id: 'spread/validate-cronjob-path',
  source: 'kubernetes/kubernetes pkg/apis/batch/validation/validation.go ValidateCronJobSpec -> ValidateJobTemplateSpec -> core ValidatePodTemplateSpec; pkg/apis/core/validation/validation.go ValidateMaxSkew',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: { name: cj }
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: { labels: { app: web } }
        spec:
          restartPolicy: Never
          containers: [{ name: c, image: busybox:1.36 }]
          topologySpreadConstraints:
          - { maxSkew: -1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('topologySpreadConstraints'));
    h.eq(lines.length, 1, `one problem: ${lines.join(' | ')}`);
    h.assert(lines[0].endsWith('CronJob default/cj: spec.jobTemplate.spec.template.spec.topologySpreadConstraints[0].maxSkew: Invalid value: -1: must be greater than zero'), lines[0]);
  },
};
