// ttlSecondsAfterFinished belongs to the Job spec (spec.jobTemplate.spec); put on the CronJob's own spec it is an unknown
// field under strict field validation: exit 2, nothing simulated.
export default {
  id: 'ttl2/invalid-ttl-on-cronjob-spec',
  source: 'k8s.io/api batch/v1 CronJobSpec (no ttlSecondsAfterFinished); apiserver strict field validation: strict decoding error: unknown field',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  ttlSecondsAfterFinished: 30
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.assert(/:7:3: CronJob default\/cj: spec\.ttlSecondsAfterFinished: strict decoding error: unknown field "spec\.ttlSecondsAfterFinished"/.test(r.stderr), `stderr: ${r.stderr}`);
    h.assert(/1 problem\(s\) found; nothing was simulated\./.test(r.stderr), 'one problem');
  },
};
