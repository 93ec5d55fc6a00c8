// Same Job cut at 25s: index 1 already failed (its pod Failed at 20s) and is listed in failedIndexes at 21s while
// index 2 waits in back-off; no replacement for index 1 (limit 0); the Job is active 1 (index 2), ready 0.
export default {
  id: 'crr2/indexed-blpi-mid-run-failed-index',
  source: 'job_controller.go (failedIndexes updated as pods are counted; no pod recreated for a failed index); getPhase (back-off pod Running, not ready)',
  args: ['--duration', '25s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ix}
spec:
  behaviors:
  - selector: {matchLabels: {job-name: ix}}
    duration: 10s
    exitCodes: [0]
    perIndex:
      "1": {duration: 10s, exitCodes: [42, 3]}
      "2": {duration: 10s, exitCodes: [42, 42, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
`,
  check(r, h) {
    const job = h.job('ix');
    h.eq([job.status.completedIndexes, job.status.failedIndexes, job.status.active, job.status.ready, job.status.failed, job.status.conditions ?? []], ['0', '1', 1, 0, 1, []], 'status');
    h.eq(h.podsOf('ix').length, 3, 'no replacement');
  },
};
