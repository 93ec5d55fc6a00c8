// TestValidateCronJob errorCases reaching into the job template, and the 52-character name rule
// with upstream's own 53-character name.
const T = (name, js = '', restart = 'OnFailure') => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: "${name}"
spec:
  schedule: "* * * * ?"
  jobTemplate:
    spec:
${js}      template:
        spec:
          restartPolicy: ${restart}
          containers: [{name: abc, image: image}]
`;
const long = '10000000002000000000300000000040000000005000000000123';
const cases = [
  ['jt-par', T('jt-par', '      parallelism: -1\n'), ['spec.jobTemplate.spec.parallelism: Invalid value: -1: must be greater than or equal to 0']],
  ['jt-comp', T('jt-comp', '      completions: -1\n'), ['spec.jobTemplate.spec.completions: Invalid value: -1: must be greater than or equal to 0']],
  ['jt-ads', T('jt-ads', '      activeDeadlineSeconds: -1\n'), ['spec.jobTemplate.spec.activeDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0']],
  ['jt-ttl', T('jt-ttl', '      ttlSecondsAfterFinished: -1\n'), ['spec.jobTemplate.spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0']],
  ['jt-bl', T('jt-bl', '      backoffLimit: -1\n'), ['spec.jobTemplate.spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0']],
  ['jt-always', T('jt-always', '', 'Always'), ['spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']],
  // ValidatePodSpec's validateRestartPolicy refuses it first, then the Job's own rule
  ['jt-invalid', T('jt-invalid', '', 'Invalid'), ['spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Invalid": supported values: "Always", "OnFailure", "Never"', 'spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Invalid": supported values: "OnFailure", "Never"']],
  ['jt-idx', T('jt-idx', '      completionMode: Indexed\n      backoffLimitPerIndex: 1\n      maxFailedIndexes: 5\n      completions: 2\n', 'Never'), ['spec.jobTemplate.spec.maxFailedIndexes: Invalid value: 5: must be less than or equal to completions']],
  [long, T(long), [`metadata.name: Invalid value: "${long}": must be no more than 52 characters`]],
];
export default {
  id: 'validationtables/cronjob-jobtemplate-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateCronJob errorCases (spec.jobTemplate.spec.parallelism/completions/activeDeadlineSeconds/ttlSecondsAfterFinished, restartPolicy Required/Unsupported, "metadata.name: must be no more than 52 characters"); validation.go ValidateJobTemplateSpec -> validateJobSpec, ValidateCronJobCreate',
  exit: 2,
  scenario: cases.map(([, doc]) => doc).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , want] of cases) {
      const mine = lines.filter((l) => l.includes(`CronJob default/${n}: `));
      for (const m of want) h.assert(mine.some((l) => l.endsWith(`CronJob default/${n}: ${m}`)), `${n}: missing ${m} in ${mine.join(' | ')}`);
      h.eq(mine.length, want.length, `${n}: number of problems (${mine.join(' | ')})`);
    }
  },
};
