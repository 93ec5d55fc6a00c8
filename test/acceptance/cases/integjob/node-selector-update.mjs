// TestNodeSelectorUpdate: a suspended Job (parallelism 1) is resumed with a new nodeSelector in the same update: the
// pod is created with that nodeSelector (step 2). Step 3 (a later change refused) is node-selector-update-refused.
export default {
  id: 'integjob/node-selector-update',
  source: 'test/integration/job/job_test.go TestNodeSelectorUpdate; validation.go ValidateJobSpecUpdate (template mutable only while suspended and never started); reference §1.3',
  args: ['--duration', '60s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: node-selector}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: ns, spec: {suspend: false, template: {spec: {nodeSelector: {foo: bar}}}}}}
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
    const pods = h.podsOf('ns');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeSelector, p.status.phase]), [[10, { foo: 'bar' }, 'Pending']], 'pods [created, nodeSelector, phase]');
    h.eq(h.job('ns').spec.suspend, false, 'suspend');
  },
};
