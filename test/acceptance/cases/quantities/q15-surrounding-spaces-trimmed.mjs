// Quantity.UnmarshalJSON trims white space before parsing ("TODO: Remove support for leading/trailing
// whitespace"), so cpu: " 1 " and memory: "64Mi " are accepted and stored as "1" and "64Mi".
export default {
  id: 'quantities/surrounding-spaces-trimmed',
  source: 'apimachinery quantity.go Quantity.UnmarshalJSON (ParseQuantity(strings.TrimSpace(string(value))))',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: " 1 ", memory: "64Mi "}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources.requests, { cpu: '1', memory: '64Mi' }, 'template requests');
  },
};
