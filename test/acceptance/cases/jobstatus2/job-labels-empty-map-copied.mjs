// metadata.labels: {} counts as empty (len(obj.Labels) == 0): SetDefaults_Job makes the Job's labels the template's label
// map, into which the registry strategy then writes the four generated labels; the Job ends with all five.
export default {
  id: 'jobstatus2/job-labels-empty-map-copied',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job (labels != nil && len(obj.Labels) == 0 → obj.Labels = labels); pkg/registry/batch/job/strategy.go generateSelector',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: e
  labels: {}
spec:
  template:
    metadata:
      labels: {app: x}
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('e');
    const uid = j.metadata.uid;
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    h.eq(sorted(j.metadata.labels), { app: 'x', 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'e', 'controller-uid': uid, 'job-name': 'e' }, 'Job labels');
  },
};
