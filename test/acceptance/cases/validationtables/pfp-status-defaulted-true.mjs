// onPodConditions[].status defaults to True (SetDefaults_PodFailurePolicyOnPodConditionsPattern), for a
// Job and inside a CronJob's jobTemplate alike, so the Required-status table entry is unreachable
// through the API and both objects are accepted.
export default {
  id: 'validationtables/pfp-status-defaulted-true',
  source: 'pkg/apis/batch/v1/defaults.go (onPodConditions status "" -> True, via the generated defaulters for Job and CronJob); validation_test.go TestValidateJob "...onPodConditions[0].status: Required value" (internal object, not defaulted); reference job-controller.md §1 podFailurePolicy default',
  args: ['--duration', '1m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules: [{action: Ignore, onPodConditions: [{type: DisruptionTarget}]}]
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 0 * * *"
  jobTemplate:
    spec:
      podFailurePolicy:
        rules: [{action: Ignore, onPodConditions: [{type: DisruptionTarget}]}]
      template:
        spec:
          restartPolicy: Never
          containers: [{name: abc, image: image}]
`,
  check(r, h) {
    h.eq(h.job('j').spec.podFailurePolicy.rules[0].onPodConditions[0].status, 'True', 'Job pattern status');
    h.eq(h.cronjob('cj').spec.jobTemplate.spec.podFailurePolicy.rules[0].onPodConditions[0].status, 'True', 'CronJob jobTemplate pattern status');
  },
};
