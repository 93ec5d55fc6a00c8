// Ignore on containerName b In [42]: the pod (Failed at 20s because of b) is not counted; the Job creates a
// replacement after the pod-creation back-off (ignored failed pods still feed the backoff record: 10s after
// the failure at 20s, so at 30s); failed stays unset. Cut at 35s.
export default {
  id: 'crr2/pfp-ignore-on-the-failed-container',
  source: 'pkg/controller/job/pod_failure_policy.go (Ignore: not counted); backoff_utils.go newBackoffRecord (every newly failed pod, ignored ones included; delay from its finish time)',
  args: ['--duration', '35s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pfp}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {containerName: b, operator: In, values: [42]}
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
    const pods = h.podsOf('pfp');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.creationTimestamp)]), [['Failed', 0], ['Running', 30]], 'pods');
    const job = h.job('pfp');
    h.eq([job.status.failed, job.status.active, job.status.conditions ?? []], [undefined, 1, []], '[failed, active, conditions]');
  },
};
