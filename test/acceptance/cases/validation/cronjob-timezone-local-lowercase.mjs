// "local" fails both checks: EqualFold(Local) and time.LoadLocation (which only special-cases "Local" exactly).
export default {
  id: 'validation/cronjob-timezone-local-lowercase',
  source: 'pkg/apis/batch/validation/validation.go validateTimeZone (no early return after the EqualFold "Local" error; then time.LoadLocation error appended); Go time.LoadLocation',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: lc
spec:
  schedule: "0 0 * * *"
  timeZone: local
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('CronJob default/lc: '));
    h.assert(lines.some((l) => l.endsWith('spec.timeZone: Invalid value: "local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones')), `explicit: ${lines.join(' | ')}`);
    h.assert(lines.some((l) => l.endsWith('spec.timeZone: Invalid value: "local": unknown time zone local')), `LoadLocation: ${lines.join(' | ')}`);
  },
};
