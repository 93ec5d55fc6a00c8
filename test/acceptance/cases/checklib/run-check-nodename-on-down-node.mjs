// --check: `no-binding-to-unready-node` is about bindings (the scheduler must not bind to a node that
// is not Ready). A pod created with spec.nodeName (which no scheduler placed; README: the kubelet's
// own admission) onto a node that went down is the user's placement, accepted by the API server as
// upstream; it is not a simulator invariant violation, so --check exits 0.
export default {
  id: 'checklib/run-check-nodename-on-down-node',
  source: 'README Invariants (no-binding-to-unready-node), What is simulated (pods created with spec.nodeName, which no scheduler placed)',
  args: ['--check'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lost}
spec:
  duration: 20m
  faults:
    - {at: 2m, nodeDown: node-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: lost}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeName: node-1
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(h.podsOf('lost').length >= 2, 'replacement pods were created on node-1');
  },
};
