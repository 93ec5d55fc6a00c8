// Whole-number forms of an extended resource are valid: "3000m" -> "3", "1Ki" (1024) stays "1Ki", "2e0"
// kept; the pod schedules on a pool offering example.com/foo: 2000 and the Job completes.
export default {
  id: 'quantities/extended-integer-forms-accepted',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceQuantityValue (MilliValue()%1000 == 0); apimachinery quantity.go canonical strings; noderesources/fit.go fitsRequest (ScalarResources)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 8Gi, pods: 110, example.com/foo: "2000"}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {example.com/foo: "3000m"}, limits: {example.com/foo: "3000m"}}}
      - {name: b, image: busybox, resources: {limits: {example.com/foo: "1Ki"}}}
`,
  check(r, h) {
    const cs = h.job('q').spec.template.spec.containers;
    h.eq([cs[0].resources, cs[1].resources], [{ requests: { 'example.com/foo': '3' }, limits: { 'example.com/foo': '3' } }, { limits: { 'example.com/foo': '1Ki' } }], 'template');
    h.eq(h.podsOf('q')[0].spec.containers[1].resources.requests, { 'example.com/foo': '1Ki' }, 'pod requests from limits');
    h.hasCond(h.job('q'), 'Complete');
  },
};
