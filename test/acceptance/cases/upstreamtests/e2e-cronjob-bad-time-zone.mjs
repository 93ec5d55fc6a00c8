// e2e "should support timezone": creating a CronJob with timeZone "bad-time-zone" is rejected as Invalid
// (time.LoadLocation: "unknown time zone bad-time-zone"); nothing is simulated.
export default {
  id: 'upstreamtests/e2e-cronjob-bad-time-zone',
  source: 'test/e2e/apps/cronjob.go "should support timezone" (MatchError apierrors.IsInvalid); pkg/apis/batch/validation/validation.go validateTimeZone (field.Invalid(fldPath, timeZone, err.Error()) of time.LoadLocation)',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: cronjob-with-timezone}
spec:
  schedule: "*/1 * * * ?"
  timeZone: bad-time-zone
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36, command: [/bin/false]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('CronJob default/cronjob-with-timezone'));
    h.eq(lines.length, 1, `one problem: ${r.stderr}`);
    h.assert(lines[0].endsWith('CronJob default/cronjob-with-timezone: spec.timeZone: Invalid value: "bad-time-zone": unknown time zone bad-time-zone'), `got: ${lines[0]}`);
  },
};
