// restartPolicy: Always is reported exactly as a missing one (the pod default is Always).
export default {
  id: 'validation/job-restartpolicy-always',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec restartPolicy Always/"" branch',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: always
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Always
          containers:
          - name: c
            image: busybox
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('CronJob default/always: '));
    h.eq(l.length, 1, 'one problem');
    h.assert(/:11:\d+: /.test(l[0]), `line 11: ${l[0]}`);
    h.assert(l[0].endsWith('CronJob default/always: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'), `line: ${l[0]}`);
  },
};
