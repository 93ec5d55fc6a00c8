// A patch that restates the object's own namespace changes nothing: accepted, no new generation, no warning.
export default {
  id: 'namespaces/ns15-timeline-patch-same-namespace-noop',
  source: 'apiserver patch handler (no-op update writes nothing); README timeline ("A patch that changes nothing writes nothing")',
  args: ['--duration', '1m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: j, namespace: team, metadata: {namespace: team}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j', 'team');
    h.eq([j.metadata.namespace, j.metadata.generation], ['team', 1], 'unchanged');
  },
};
