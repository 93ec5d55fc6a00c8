// Both containers exit 42 at 10s: a's rule restarts it (second run exits 0 at 20s), b (pod Never) stays failed:
// pod Failed at 20s. onExitCodes with containerName b matches b's terminated 42: FailJob, message naming b, at
// 21s; the Ignore rule for a (index 1) is never reached.
export default {
  id: 'crr2/pfp-containername-the-failed-one',
  source: 'pkg/controller/job/pod_failure_policy.go matchOnExitCodes (containerName filter, State.Terminated of the final statuses), "Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pfp}
spec:
  backoffLimit: 3
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {containerName: b, operator: In, values: [42]}
    - action: Ignore
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
    const p = h.podsOf('pfp')[0];
    h.eq(h.podsOf('pfp').length, 1, 'no replacement');
    const msg = `Container b for pod default/${p.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    const job = h.job('pfp');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', msg, 21], ['Failed', 'PodFailurePolicy', msg, 21]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
