// parseQuantityString accepts "." and a lone "-" (num defaults to "0"; TestParseQuantityString lists "." and
// "-."); ParseQuantity turns them into zero, which is not negative, so the Job is accepted and stores "0".
export default {
  id: 'quantities/bare-dot-and-sign-are-zero',
  source: 'apimachinery quantity.go parseQuantityString ("if we stripped all numerator positions, always return 0"; Zeroes loop end -> num = "0"); quantity_test.go TestParseQuantityString {".", ...}, {"-.", ...}',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: ".", memory: "-"}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources.requests, { cpu: '0', memory: '0' }, 'template requests');
  },
};
