// ValidateCronJobUpdate has no immutability rule for the job template: fields immutable on a Job
// (completionMode, completions of a NonIndexed Job, podFailurePolicy, backoffLimitPerIndex) may all
// change on the CronJob. Patched at 01:30 after the 01:00 run: generation 2; the 01:00 Job keeps its
// NonIndexed spec, the 02:00 Job is Indexed with 3 completions and the new policies.
export default {
  id: 'strategy/cronjob-jobtemplate-job-immutables-mutable',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobUpdate (ValidateObjectMetaUpdate + validateCronJobSpec only; no ValidateJobSpecUpdate), ValidateJobTemplateSpec; pkg/registry/batch/cronjob/strategy.go PrepareForUpdate (generation); cronjob utils.go getJobFromTemplate2 (copies jobTemplate.spec)',
  args: ['--duration', '2h5m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - at: 90m
    patch:
      kind: CronJob
      name: cj
      spec:
        jobTemplate:
          spec:
            completionMode: Indexed
            completions: 3
            parallelism: 3
            backoffLimitPerIndex: 1
            podFailurePolicy:
              rules:
              - action: FailJob
                onExitCodes: {operator: In, values: [42]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      completions: 2
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.generation, 2, 'generation');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => j.metadata.name), ['cj-29453820', 'cj-29453880'], 'Jobs of 01:00 and 02:00');
    const [a, b] = jobs;
    h.eq([a.spec.completionMode, a.spec.completions, a.spec.backoffLimit, a.spec.podFailurePolicy], ['NonIndexed', 2, 6, undefined], 'the 01:00 Job as created');
    h.eq([b.spec.completionMode, b.spec.completions, b.spec.parallelism, b.spec.backoffLimitPerIndex, b.spec.backoffLimit, b.spec.podReplacementPolicy], ['Indexed', 3, 3, 1, 2147483647, 'Failed'], 'the 02:00 Job: Indexed, defaults from its new spec');
    h.eq(b.spec.podFailurePolicy.rules[0].action, 'FailJob', 'podFailurePolicy');
    h.eq(b.status.completedIndexes, '0-2', 'completedIndexes');
    h.hasCond(b, 'Complete');
  },
};
