// Integration TestManagedBy_* rely on spec.managedBy being immutable: an update that sets it to the built-in value is
// rejected by ValidateJobSpecUpdate (ValidateImmutableField: "field is immutable").
export default {
  id: 'upstreamtests/managedby-immutable',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate (apivalidation.ValidateImmutableField(spec.ManagedBy, oldSpec.ManagedBy, fldPath.Child("managedBy"))); validation_test.go TestValidateJobUpdate "immutable managedBy"',
  exit: 2,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: ext, spec: {managedBy: kubernetes.io/job-controller}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ext}
spec:
  managedBy: example.com/custom-job-controller
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('spec.managedBy'));
    h.eq(l.length, 1, `one problem: ${r.stderr}`);
    h.assert(l[0].endsWith('Job default/ext: spec.managedBy: Invalid value: "kubernetes.io/job-controller": field is immutable'), `got ${l[0]}`);
  },
};
