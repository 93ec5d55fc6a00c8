// A leading '+' is accepted; with the value otherwise canonical, ParseQuantity caches the input string
// verbatim (sign included): "+1" stays "+1", "+500m" stays "+500m", "+1Gi" stays "+1Gi" (BinarySI: exponent%10==0, value&7 != 0).
export default {
  id: 'quantities/plus-sign-kept',
  source: 'apimachinery resource/quantity.go parseQuantityString (leading +) and ParseQuantity (s: str cached for canonical int64 amounts); MarshalJSON writes q.s',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "+1", memory: "+1Gi"}}}
      - {name: b, image: busybox, resources: {requests: {cpu: "+500m"}}}
`,
  check(r, h) {
    const cs = h.job('q').spec.template.spec.containers;
    h.eq([cs[0].resources.requests, cs[1].resources.requests], [{ cpu: '+1', memory: '+1Gi' }, { cpu: '+500m' }], 'template requests');
  },
};
