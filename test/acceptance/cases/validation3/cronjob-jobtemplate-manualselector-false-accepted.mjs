// A CronJob's job template may say manualSelector: false (only true is refused: supported "nil", "false");
// its Jobs then get the generated selector.
export default {
  id: 'validation3/cronjob-jobtemplate-manualselector-false-accepted',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobTemplateSpec ("if spec.Spec.ManualSelector != nil && *spec.Spec.ManualSelector { field.NotSupported(..., []string{\\"nil\\", \\"false\\"}) }"); pkg/registry/batch/job/strategy.go PrepareForCreate (generateSelectorIfNeeded when not manual)',
  args: ['--duration', '90s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      manualSelector: false
      template:
        spec:
          restartPolicy: Never
          containers: [{name: abc, image: image}]
`,
  check(r, h) {
    h.eq(h.cronjob('cj').spec.jobTemplate.spec.manualSelector, false, 'template keeps false');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.length, 1, 'one run at 00:01');
    h.eq(jobs[0].spec.selector.matchLabels['batch.kubernetes.io/controller-uid'], jobs[0].metadata.uid, 'generated selector');
  },
};
