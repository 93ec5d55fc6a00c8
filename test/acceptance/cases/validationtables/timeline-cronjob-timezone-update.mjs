// TestValidateCronJobSpec: the time zone is validated on update only when it changes. nil ->
// America/New_York and America/New_York -> America/Chicago are fine; a change to "broken" is
// refused at its patch line with LoadLocation's text.
const cj = `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: abc, image: image}]
`;
export default {
  id: 'validationtables/timeline-cronjob-timezone-update',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateCronJobSpec ("check validation because timeZone is different for new", "old timeZone and new timeZone are valid", "...different for new and invalid"); validation.go validateCronJobSpec (validateTimeZone only when !StringEqual(old, new))',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tzu}
spec:
  timeline:
  - {at: 1m, patch: {kind: CronJob, name: cj, spec: {timeZone: America/New_York}}}
  - {at: 2m, patch: {kind: CronJob, name: cj, spec: {timeZone: America/Chicago}}}
  - {at: 3m, patch: {kind: CronJob, name: cj, spec: {timeZone: broken}}}
---
${cj}`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('CronJob default/cj: '));
    h.eq(lines.length, 1, `only the "broken" patch is refused: ${lines.join(' | ')}`);
    h.assert(/\.yaml:8:\d+: CronJob default\/cj: spec\.timeZone: Invalid value: "broken": unknown time zone broken$/.test(lines[0]), lines[0]);
  },
};
