// TestValidateJobUpdate "mutable fields": parallelism, activeDeadlineSeconds, ttlSecondsAfterFinished
// may change (manualSelector is in timeline-update-manualselector-mutable). Also "set/update/unset max failed indexes" are allowed.
export default {
  id: 'validationtables/timeline-update-maxfailedindexes-mutable',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJobUpdate ("mutable fields" incl. ManualSelector=true; "set max failed indexes", "update max failed indexes", "unset max failed indexes": no error); validation.go ValidateJobUpdate -> ValidateJobSpec (selector present, matches the template labels)',
  args: ['--duration', '5m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mut}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: g, spec: {parallelism: 2, activeDeadlineSeconds: 300, ttlSecondsAfterFinished: 20}}}
  - {at: 1m, patch: {kind: Job, name: bl, spec: {maxFailedIndexes: 1}}}
  - {at: 2m, patch: {kind: Job, name: bl, spec: {maxFailedIndexes: 2}}}
  - {at: 3m, patch: {kind: Job, name: bl, spec: {maxFailedIndexes: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  suspend: true
  parallelism: 5
  activeDeadlineSeconds: 2
  ttlSecondsAfterFinished: 1
  template:
    spec:
      restartPolicy: OnFailure
      containers: [{name: abc, image: image}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: bl}
spec:
  suspend: true
  completionMode: Indexed
  completions: 3
  backoffLimitPerIndex: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const g = h.job('g');
    h.eq([g.spec.parallelism, g.spec.activeDeadlineSeconds, g.spec.ttlSecondsAfterFinished], [2, 300, 20], 'g patched');
    h.assert(g.spec.selector?.matchLabels?.['batch.kubernetes.io/controller-uid'] === g.metadata.uid, 'generated selector kept');
    const bl = h.job('bl');
    h.eq(bl.spec.maxFailedIndexes, undefined, 'maxFailedIndexes unset at the end');
    h.eq(bl.metadata.generation, 4, 'three spec changes');
  },
};
