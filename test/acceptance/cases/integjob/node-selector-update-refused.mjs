// TestNodeSelectorUpdate: a suspended Job (parallelism 1) is resumed with a new nodeSelector in the same update: the
// step 3: changing the nodeSelector again once the Job runs is refused with "spec.template: Invalid value" (jobsim
// knows statically that the Job was resumed, so the scenario is refused as input, exit 2, as its README documents).
export default {
  id: 'integjob/node-selector-update-refused',
  source: 'test/integration/job/job_test.go TestNodeSelectorUpdate; validation.go ValidateJobSpecUpdate (template mutable only while suspended and never started); reference §1.3',
  args: ['--duration', '60s'],
  exit: 2,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: node-selector}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: ns, spec: {suspend: false, template: {spec: {nodeSelector: {foo: bar}}}}}}
    - {at: 20s, patch: {kind: Job, name: ns, spec: {template: {spec: {nodeSelector: {foo: baz}}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ns}
spec:
  parallelism: 1
  suspend: true
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(/spec\.template: Invalid value/.test(r.stderr), `stderr names "spec.template: Invalid value": ${r.stderr}`);
    h.assert(/field is immutable/.test(r.stderr), 'stderr says field is immutable');
  },
};
