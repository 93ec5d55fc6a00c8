// BinarySI values above 2^63-1 are capped at parse ("The max is just a simple cap", format == BinarySI):
// "9Ei" and "8Ei" (= 2^63) both become 9223372036854775807, which has no binary suffix -> printed in full.
// "7Ei" is below the cap and stays "7Ei"; the decimal "12E" is not capped.
export default {
  id: 'quantities/binary-cap-max-int64',
  source: 'apimachinery resource/quantity.go ParseQuantity (if format == BinarySI && amount.Cmp(maxAllowed.Dec) > 0 { amount.Set(maxAllowed.Dec) }); quantity_test.go TestQuantityParse {"9Ei", maxAllowed}, {"12E", decQuantity(12, 18)}',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {limits: {memory: "9Ei"}}}
      - {name: b, image: busybox, resources: {limits: {memory: "8Ei"}}}
      - {name: c, image: busybox, resources: {limits: {memory: "7Ei"}}}
      - {name: d, image: busybox, resources: {limits: {memory: "12E"}}}
`,
  check(r, h) {
    const got = h.job('q').spec.template.spec.containers.map((c) => c.resources.limits.memory);
    h.eq(got, ['9223372036854775807', '9223372036854775807', '7Ei', '12E'], 'template limits');
  },
};
