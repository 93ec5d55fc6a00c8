// "1E3" is legal: the suffix "E3" is not the decimal-SI "E" (exa) but an exponent (interpret: len > 1 and
// suffix[0] == 'E'). It is already canonical (scale 3 % 3 == 0, mantissa "1"), so ParseQuantity keeps the
// input string and the API returns "1E3", not "1e3". A limit-only container copies the same Quantity to requests.
export default {
  id: 'quantities/decimal-exponent-uppercase-kept',
  source: 'apimachinery resource/suffix.go suffixHandler.interpret (E<n> exponent); quantity.go ParseQuantity canonical-string reuse (Quantity{..., s: str}); MarshalJSON writes q.s; core/v1 defaults.go SetDefaults_Pod (requests = limits DeepCopy)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox, resources: {limits: {memory: "1E3"}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources, { limits: { memory: '1E3' } }, 'template');
    h.eq(h.podsOf('q')[0].spec.containers[0].resources, { limits: { memory: '1E3' }, requests: { memory: '1E3' } }, 'pod');
  },
};
