// The CronJob's jobTemplate is mutable: a patch at 30m (labels, parallelism/completions 2, a 5m
// duration) shapes the Job created at 01:00; a later metadata-only patch keeps the generation.
export default {
  id: 'timeline/cronjob-jobtemplate-patch-next-run',
  source: 'validation.go ValidateCronJobUpdate (jobTemplate not immutable); cronjob_controllerv2.go updateCronJob (other change: enqueue now), getJobFromTemplate2 (labels/annotations/spec copied from the current jobTemplate); registry cronjob strategy PrepareForUpdate (generation only on spec change)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cjt}
spec:
  duration: 90m
  timeline:
  - {at: 30m, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {metadata: {labels: {v: "2"}}, spec: {parallelism: 2, completions: 2, template: {metadata: {annotations: {jobsim/duration: 5m}}}}}}}}
  - {at: 70m, patch: {kind: CronJob, name: cj, metadata: {labels: {a: b}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 45m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.generation, 2, 'one spec change');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => j.metadata.name), ['cj-29453820'], 'one Job at 01:00');
    const j = jobs[0];
    h.eq(j.metadata.labels?.v, '2', 'jobTemplate label');
    h.eq([j.spec.parallelism, j.spec.completions], [2, 2], 'patched parallelism/completions');
    h.eq(h.podsOf(j.metadata.name).length, 2, 'two pods at once');
    h.eq(h.sec(j.status.completionTime), 3901, 'pods ran 5m; Complete 1s later');
    h.eq(h.sec(cj.status.lastSuccessfulTime), 3901, 'lastSuccessfulTime = completionTime');
  },
};
