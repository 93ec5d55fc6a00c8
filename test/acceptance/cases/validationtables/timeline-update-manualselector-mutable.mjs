// TestValidateJobUpdate "mutable fields": parallelism, activeDeadlineSeconds, ttlSecondsAfterFinished
// and manualSelector=true may change on a Job whose selector was generated (the stored selector and
// template labels already agree).
export default {
  id: 'validationtables/timeline-update-manualselector-mutable',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJobUpdate ("mutable fields" incl. ManualSelector=true; "set max failed indexes", "update max failed indexes", "unset max failed indexes": no error); validation.go ValidateJobUpdate -> ValidateJobSpec (selector present, matches the template labels)',
  args: ['--duration', '5m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mut}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: g, spec: {manualSelector: true, parallelism: 2, activeDeadlineSeconds: 300, ttlSecondsAfterFinished: 20}}}
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
`,
  check(r, h) {
    const g = h.job('g');
    h.eq([g.spec.manualSelector, g.spec.parallelism, g.spec.activeDeadlineSeconds, g.spec.ttlSecondsAfterFinished], [true, 2, 300, 20], 'g patched');
    h.assert(g.spec.selector?.matchLabels?.['batch.kubernetes.io/controller-uid'] === g.metadata.uid, 'generated selector kept');
  },
};
