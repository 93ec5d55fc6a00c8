// A suspended Job that never started may change only node affinity inside affinity: adding podAntiAffinity is
// "spec.template: Invalid value: ...: field is immutable" (validatePodTemplateUpdate copies only NodeAffinity).
export default {
  id: 'mutations2/directives-podantiaffinity-refused',
  source: 'pkg/apis/batch/validation/validation.go validatePodTemplateUpdate (case new affinity != nil, old nil: old = &Affinity{NodeAffinity: new.NodeAffinity}; ValidateImmutableField(template))',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 6s, patch: {kind: Job, name: na, spec: {template: {spec: {affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: a}}}]}}}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: na}
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
    h.assert(/^6: Job default\/na: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
