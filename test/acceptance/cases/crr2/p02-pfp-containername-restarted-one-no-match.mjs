// FailJob on containerName a In [42]: a exited 42 once but was restarted in place and its final run exited 0;
// only b's 42 is in a terminated state. No rule matches: the failure counts against backoffLimit 0 ->
// BackoffLimitExceeded at 21s, no PodFailurePolicy event.
export default {
  id: 'crr2/pfp-containername-restarted-one-no-match',
  source: 'pkg/controller/job/pod_failure_policy.go matchOnExitCodes (only State.Terminated; lastState not consulted); job_controller.go (no match -> counted, failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pfp}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {containerName: a, operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "42,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
      - name: b
        image: busybox:1.36
`,
  check(r, h) {
    const job = h.job('pfp');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 21], ['Failed', 'BackoffLimitExceeded', 21]], 'conditions');
    h.eq(h.events({ reason: 'PodFailurePolicy' }).length, 0, 'no PodFailurePolicy event');
  },
};
