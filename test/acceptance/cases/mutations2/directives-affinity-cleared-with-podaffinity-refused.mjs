// Clearing the whole affinity (merge patch null) is allowed only when the old affinity held nothing but node
// affinity: with a preferred podAffinity term beside it, the removal is refused.
export default {
  id: 'mutations2/directives-affinity-cleared-with-podaffinity-refused',
  source: 'pkg/apis/batch/validation/validation.go validatePodTemplateUpdate (case new affinity nil, old non-nil: old.NodeAffinity = nil; old becomes nil only if now empty)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 7s, patch: {kind: Job, name: pa, spec: {template: {spec: {affinity: null}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pa}
spec:
  suspend: true
  template:
    spec:
      affinity:
        nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node-1]}]}]}}
        podAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 1, podAffinityTerm: {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: a}}}}]}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(/^6: Job default\/pa: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
