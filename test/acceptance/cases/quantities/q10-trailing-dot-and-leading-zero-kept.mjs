// "1." and "1.G" are legal ("we currently allow 1.G"); both are canonical by ParseQuantity's test
// (shifted digits "1"), so the strings are kept verbatim; so is "0100Mi" (leading zeros are stripped
// before the test; BinarySI value 100 is not a multiple of 8).
export default {
  id: 'quantities/trailing-dot-and-leading-zero-kept',
  source: 'apimachinery quantity.go parseQuantityString (strip leading zeros; "TODO: we currently allow 1.G"), ParseQuantity canonical-string reuse (BinarySI: exponent%10 == 0 && value&0x07 != 0)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "1.", memory: "1.G"}}}
      - {name: b, image: busybox, resources: {requests: {memory: "0100Mi"}}}
`,
  check(r, h) {
    const got = h.job('q').spec.template.spec.containers.map((c) => c.resources.requests);
    h.eq(got, [{ cpu: '1.', memory: '1.G' }, { memory: '0100Mi' }], 'template requests');
  },
};
