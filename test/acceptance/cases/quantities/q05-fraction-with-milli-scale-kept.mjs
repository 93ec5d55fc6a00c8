// "1.100" parses to mantissa 1100 at scale -3 with no trailing "000" and no leading '0': canonical by
// ParseQuantity's test, so the input string is reused and the API returns "1.100" (not "1100m").
// "2.500" likewise. SetDefaults_ResourceList's RoundUp(-3) keeps the cached string (scale already >= -3).
export default {
  id: 'quantities/fraction-with-milli-scale-kept',
  source: 'apimachinery resource/quantity.go ParseQuantity (canonical-string reuse); Quantity.RoundUp ("avoid clearing the string value if we have already calculated it"); core/v1 defaults.go SetDefaults_ResourceList',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox, resources: {requests: {cpu: "1.100", memory: "2.500"}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources.requests, { cpu: '1.100', memory: '2.500' }, 'template');
    h.eq(h.podsOf('q')[0].spec.containers[0].resources.requests, { cpu: '1.100', memory: '2.500' }, 'pod');
  },
};
