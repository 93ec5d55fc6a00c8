// The same rules under a CronJob's job template carry the CronJob's path prefix.
const kn = 'CronJob default/cj';
export default {
  id: 'crr/cronjob-path',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobCreate -> ValidateJobTemplateSpec (spec.jobTemplate.spec.template) -> core ValidatePodTemplateSpec -> validateContainerRestartPolicy',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
          - name: main
            image: busybox:1.36
            restartPolicyRules:
            - {action: Restart}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `));
    const p = 'spec.jobTemplate.spec.template.spec.containers[0]';
    const want = [
      `${p}.restartPolicy: Required value: must specify restartPolicy when restart rules are used`,
      `${p}.restartPolicyRules[0].exitCodes: Required value: must be specified`,
    ];
    for (const m of want) h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 2, `problems (${JSON.stringify(mine)})`);
  },
};
