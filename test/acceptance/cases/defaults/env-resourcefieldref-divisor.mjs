// ResourceFieldSelector.divisor is a resource.Quantity struct with omitempty: encoding/json never omits a struct,
// and the zero Quantity marshals as "0", so a resourceFieldRef always shows divisor "0" when none was given.
export default {
  id: 'defaults/env-resourcefieldref-divisor',
  source: 'staging/src/k8s.io/api/core/v1/types.go ResourceFieldSelector (Divisor resource.Quantity `json:"divisor,omitempty"`); apimachinery resource.Quantity MarshalJSON',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: rf}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: "busybox:1.36"
        env:
        - name: CPU
          valueFrom: {resourceFieldRef: {resource: limits.cpu}}
`,
  check(r, h) {
    h.eq(h.job('rf').spec.template.spec.containers[0].env[0].valueFrom.resourceFieldRef, { resource: 'limits.cpu', divisor: '0' }, 'resourceFieldRef');
  },
};
