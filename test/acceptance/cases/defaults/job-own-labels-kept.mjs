// A Job with its own labels keeps them (SetDefaults_Job copies the template labels only when the Job has none);
// the generated labels go to the template only.
export default {
  id: 'defaults/job-own-labels-kept',
  source: 'pkg/apis/batch/v1/defaults_test.go "All unspecified -> all pointers are defaulted and no default labels"; pkg/registry/batch/job/strategy.go generateSelector',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: own
  labels: {mylabel: myvalue}
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const j = h.job('own');
    h.eq(j.metadata.labels, { mylabel: 'myvalue' }, 'Job labels');
    const tl = j.spec.template.metadata.labels;
    h.eq(Object.keys(tl).sort(), ['app', 'batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-name', 'controller-uid', 'job-name'], 'template label keys');
  },
};
