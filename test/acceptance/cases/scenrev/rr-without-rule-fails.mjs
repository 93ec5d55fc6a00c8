// restart-rules.yaml without the container's own restartPolicy and restartPolicyRules (the comment's first
// variation): the pod's restartPolicy Never applies, the first exit 42 at +2m fails the pod and, with
// backoffLimit 0, the Job: FailureTarget and Failed BackoffLimitExceeded at +2m01s; exit 42 matches no FailJob rule.
export default {
  id: 'scenrev/rr-without-rule-fails',
  source: 'kubernetes pkg/controller/job/job_controller.go syncJob (exceedsBackoffLimit: failed 1 > backoffLimit 0), pod_failure_policy.go matchPodFailurePolicy (no rule matched: counted toward backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: train
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { containerName: trainer, operator: In, values: [3] }
  template:
    metadata:
      annotations:
        jobsim/duration: "2m"
        jobsim/exit-codes: "42,42,0"
    spec:
      restartPolicy: Never
      containers:
      - name: trainer
        image: registry.example.com/trainer:2.4
`,
  check(r, h) {
    const pods = h.podsOf('train');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount, p.status.containerStatuses[0].state.terminated?.exitCode]), [['Failed', 0, 42]], 'one failed pod');
    h.eq(h.job('train').status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'BackoffLimitExceeded', 121], ['Failed', 'BackoffLimitExceeded', 121]], 'conditions');
    h.eq(h.job('train').status.failed, 1, 'failed');
  },
};
