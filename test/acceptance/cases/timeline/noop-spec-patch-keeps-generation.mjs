// A merge patch that sets spec fields to the values they already have (suspend: false on a running
// Job, backoffLimit: 6 = the default; suspend: false on a CronJob) leaves the spec semantically equal:
// the registry strategies bump metadata.generation only when the spec changes.
export default {
  id: 'timeline/noop-spec-patch-keeps-generation',
  source: 'pkg/registry/batch/job/strategy.go PrepareForUpdate ("if !apiequality.Semantic.DeepEqual(newJob.Spec, oldJob.Spec) { newJob.Generation = oldJob.Generation + 1 }"); pkg/registry/batch/cronjob/strategy.go PrepareForUpdate (same rule)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: noop}
spec:
  duration: 2m
  timeline:
  - {at: 6s, patch: {kind: Job, name: j, spec: {suspend: false, backoffLimit: 6}}}
  - {at: 7s, patch: {kind: CronJob, name: cj, spec: {suspend: false, concurrencyPolicy: Allow}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
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
    h.eq(h.job('j').metadata.generation, 1, 'Job generation after a no-op spec patch');
    h.eq(h.cronjob('cj').metadata.generation, 1, 'CronJob generation after a no-op spec patch');
    h.hasCond(h.job('j'), 'Complete');
  },
};
