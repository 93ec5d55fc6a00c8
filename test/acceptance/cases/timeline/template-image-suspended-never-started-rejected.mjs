// Even for a suspended Job that never started, only scheduling directives, labels and annotations
// of the template are mutable: a container image change is "field is immutable".
export default {
  id: 'timeline/template-image-suspended-never-started-rejected',
  source: 'validation.go validatePodTemplateUpdate (only Affinity.NodeAffinity, NodeSelector, Tolerations, Annotations, Labels, SchedulingGates are copied from the new template); ValidateImmutableField',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: img}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {template: {spec: {containers: [{name: c, image: busybox:1.37}]}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(/^6: Job default\/j: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
