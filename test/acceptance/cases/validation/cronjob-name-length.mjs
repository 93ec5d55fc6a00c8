// CronJob names: at most 52 characters on create (63 minus the 11-char "-<minutes>" suffix); 52 is fine.
const n53 = 'c'.repeat(53), n52 = 'd'.repeat(52);
const doc = (n) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "0 0 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`;
export default {
  id: 'validation/cronjob-name-length',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobCreate (DNS1035LabelMaxLength-11, "must be no more than 52 characters"); reference cronjob-and-friends §1.1 metadata.name',
  exit: 2,
  scenario: `${doc(n53)}---\n${doc(n52)}`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    h.assert(lines.some((l) => /:4:\d+: /.test(l) && l.endsWith(`CronJob default/${n53}: metadata.name: Invalid value: "${n53}": must be no more than 52 characters`)), r.stderr.slice(0, 400));
    h.assert(!lines.some((l) => l.includes(n52)), '52 characters accepted');
    h.eq(lines.filter((l) => l.includes('CronJob default/')).length, 1, 'one problem');
  },
};
