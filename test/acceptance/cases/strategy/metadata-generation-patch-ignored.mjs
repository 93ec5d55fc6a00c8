// BeforeUpdate resets metadata.generation to the stored value before PrepareForUpdate and keeps the
// stored creationTimestamp: a patch of {generation: 10, creationTimestamp: 2020-...} on a Job, and of
// {generation: 7} on a CronJob, changes nothing. Both stay at generation 1 with their real creation time.
export default {
  id: 'strategy/metadata-generation-patch-ignored',
  source: 'staging/src/k8s.io/apiserver/pkg/registry/rest/update.go BeforeUpdate ("// Ensure requests cannot update generation ... objectMeta.SetGeneration(oldMeta.GetGeneration())", "// ignore changes to timestamp ... objectMeta.SetCreationTimestamp(oldMeta.GetCreationTimestamp())"); job/cronjob strategy PrepareForUpdate (no spec change: no bump)',
  args: ['--duration', '30s'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: a, metadata: {generation: 10, creationTimestamp: "2020-01-01T00:00:00Z"}}}
  - {at: 6s, patch: {kind: CronJob, name: cj, metadata: {generation: 7}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
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
    const j = h.job('a');
    h.eq([j.metadata.generation, j.metadata.creationTimestamp], [1, '2026-01-01T00:00:00Z'], 'Job [generation, creationTimestamp]');
    h.eq(h.cronjob('cj').metadata.generation, 1, 'CronJob generation');
  },
};
