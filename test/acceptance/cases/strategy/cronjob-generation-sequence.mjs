// CronJob generations: 1 at create; suspend true -> 2; the same again (no change) stays 2; a schedule
// change -> 3; a label patch (metadata only) stays 3; timeZone set -> 4; timeZone null then re-set to the
// same value: 5 then 6 (each is a spec change); concurrencyPolicy: Allow written out (the default) stays 6.
export default {
  id: 'strategy/cronjob-generation-sequence',
  source: 'pkg/registry/batch/cronjob/strategy.go PrepareForCreate (Generation = 1), PrepareForUpdate ("if !apiequality.Semantic.DeepEqual(newCronJob.Spec, oldCronJob.Spec) { Generation+1 }"); pkg/apis/batch/v1/defaults.go SetDefaults_CronJob (ConcurrencyPolicy Allow)',
  args: ['--duration', '10m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 1m, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
  - {at: 2m, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
  - {at: 3m, patch: {kind: CronJob, name: cj, spec: {schedule: "*/5 * * * *"}}}
  - {at: 4m, patch: {kind: CronJob, name: cj, metadata: {labels: {team: a}}}}
  - {at: 5m, patch: {kind: CronJob, name: cj, spec: {timeZone: Europe/Paris}}}
  - {at: 6m, patch: {kind: CronJob, name: cj, spec: {timeZone: null}}}
  - {at: 7m, patch: {kind: CronJob, name: cj, spec: {timeZone: Europe/Paris}}}
  - {at: 8m, patch: {kind: CronJob, name: cj, spec: {concurrencyPolicy: Allow}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.generation, 6, 'generation');
    h.eq([cj.spec.suspend, cj.spec.schedule, cj.spec.timeZone, cj.spec.concurrencyPolicy], [true, '*/5 * * * *', 'Europe/Paris', 'Allow'], 'spec');
    h.eq(h.jobsOf('cj').length, 0, 'suspended from 1m: no Job');
  },
};
