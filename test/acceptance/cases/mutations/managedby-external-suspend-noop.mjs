// A Job managed by another controller: suspending and resuming it through the API changes only its spec
// (generation 3); the built-in controller writes no condition and records no event.
export default {
  id: 'mutations/managedby-external-suspend-noop',
  source: 'job_controller.go syncJob (!isJobManagedByController(&job): return early); strategy.go PrepareForUpdate (generation)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 2m
  timeline:
  - {at: 10s, patch: {kind: Job, name: x, spec: {suspend: true}}}
  - {at: 20s, patch: {kind: Job, name: x, spec: {suspend: false, parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  managedBy: example.com/mine
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq([j.metadata.generation, j.spec.suspend, j.spec.parallelism], [3, false, 3], 'spec');
    h.eq(j.status ?? {}, {}, 'status');
    h.eq(h.podsOf('x').length, 0, 'pods');
    h.eq(h.events({ kind: 'Job' }).length, 0, 'events');
  },
};
