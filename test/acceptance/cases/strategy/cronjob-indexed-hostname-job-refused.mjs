// A CronJob at the 52-character name limit whose template is Indexed with 100 completions is valid
// (ValidateCronJobCreate checks no hostname), but each Job it makes is refused by ValidateJob: the Job
// name is 61 characters and the largest pod hostname "<name>-99" is 64, not a DNS label. The controller
// records Warning FailedCreate ("Error creating job: Job.batch \"<name>\" is invalid: metadata.name:
// Invalid value: ...: will not able to create pod with invalid DNS label: <name>-99") and no Job exists.
const cj = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export default {
  id: 'strategy/cronjob-indexed-hostname-job-refused',
  source: 'pkg/apis/batch/validation/validation.go ValidateJob (Indexed, completions > 0: IsDNS1123Label(fmt.Sprintf("%s-%d", name, completions-1)) -> "will not able to create pod with invalid DNS label: %s"), ValidateCronJobCreate (52-character limit only), ValidateJobTemplateSpec; cronjob_controllerv2.go syncCronJob (Eventf Warning FailedCreate "Error creating job: %v")',
  args: ['--duration', '70s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: ${cj}}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      completionMode: Indexed
      completions: 100
      parallelism: 1
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const job = `${cj}-29453761`;
    h.eq(h.of('Job').map((j) => j.metadata.name), [], 'no Job is created');
    const fc = h.events({ reason: 'FailedCreate', kind: 'CronJob', name: cj });
    h.assert(fc.length >= 1, 'FailedCreate recorded');
    h.eq([fc[0].type, fc[0].firstTimestamp], ['Warning', '2026-01-01T00:01:00Z'], 'first FailedCreate');
    h.eq(fc[0].message, `Error creating job: Job.batch "${job}" is invalid: metadata.name: Invalid value: "${job}": will not able to create pod with invalid DNS label: ${job}-99`, 'message');
  },
};
