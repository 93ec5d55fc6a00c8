// CronJob spec: schedule required, concurrencyPolicy enum, non-negative deadlines and limits,
// jobTemplate selector and manualSelector refused.
export default {
  id: 'validation/cronjob-spec-rules',
  source: 'pkg/apis/batch/validation/validation.go validateCronJobSpec, validateConcurrencyPolicy, ValidateJobTemplateSpec',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: ""
  concurrencyPolicy: Sometimes
  startingDeadlineSeconds: -1
  successfulJobsHistoryLimit: -1
  failedJobsHistoryLimit: -2
  jobTemplate:
    spec:
      manualSelector: true
      selector:
        matchLabels: {app: web}
      template:
        metadata:
          labels: {app: web}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const P = 'CronJob default/cj: ';
    const lines = r.stderr.split('\n');
    const want = [
      'spec.schedule: Required value',
      'spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"',
      'spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0',
      'spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
      'spec.failedJobsHistoryLimit: Invalid value: -2: must be greater than or equal to 0',
      'spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: "nil", "false"',
    ];
    for (const m of want) h.assert(lines.some((l) => l.endsWith(P + m)), `missing: ${m}`);
    h.assert(lines.some((l) => l.includes(P + 'spec.jobTemplate.spec.selector: Invalid value: ') && l.endsWith(': `selector` will be auto-generated')), 'selector');
    h.eq(lines.filter((l) => l.includes(P)).length, 7, 'seven problems');
  },
};
