// SetDefaults_ResourceList rounds every request and limit up to milli scale (on templates and pods):
// cpu 0.0001 -> 1m, cpu 1500u -> 2m, memory 100u -> 1m.
export default {
  id: 'defaults/resource-list-round-up-milli',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_ResourceList ("const milliScale = -3; val.RoundUp(milliScale)"), applied to Resources.Limits and Requests by SetObjectDefaults_Job',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: "busybox:1.36"
        resources:
          requests: {cpu: "0.0001", memory: "100u"}
          limits: {cpu: "1500u"}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources, { requests: { cpu: '1m', memory: '1m' }, limits: { cpu: '2m' } }, 'template resources');
    const res = h.podsOf('q')[0].spec.containers[0].resources;
    h.eq([res.requests.cpu, res.requests.memory, res.limits.cpu], ['1m', '1m', '2m'], 'pod resources');
  },
};
