// The API server does not validate a pod template's schedulerName: any string is accepted.
export default {
  id: 'validation3/schedulername-not-validated',
  source: 'pkg/apis/core/validation/validation.go ValidatePodSpec (validates serviceAccountName, nodeName, hostname, subdomain, priorityClassName, runtimeClassName... and no schedulerName); SetDefaults_PodSpec only defaults an empty one to default-scheduler',
  args: ['--duration', '30s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: sn
spec:
  template:
    spec:
      restartPolicy: Never
      schedulerName: My_Scheduler
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    h.eq(h.job('sn').spec.template.spec.schedulerName, 'My_Scheduler', 'schedulerName kept as written');
  },
};
