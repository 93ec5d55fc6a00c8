// Binary fractions: ".001Ki" = 1.024 -> "1024m" (below 1024 shown as DecimalSI); "0.5Mi" = 524288 ->
// "512Ki"; "100.035Ki" = 102435.84 is not a whole number -> DecimalSI "102435840m"; "1536Ki" stays.
export default {
  id: 'quantities/binary-fractions',
  source: 'apimachinery quantity_test.go TestQuantityParseEmit {".001Ki","1024m"}; quantity.go CanonicalizeBytes (BinarySI between -1024 and 1024, or inexact at scale 0 -> DecimalSI)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {memory: ".001Ki", cpu: "0.5Mi"}}}
      - {name: b, image: busybox, resources: {requests: {memory: "100.035Ki", cpu: "1536Ki"}}}
`,
  check(r, h) {
    const got = h.job('q').spec.template.spec.containers.map((c) => c.resources.requests);
    h.eq(got, [{ memory: '1024m', cpu: '512Ki' }, { memory: '102435840m', cpu: '1536Ki' }], 'template requests');
  },
};
