// BackoffLimitExceeded (a Count failure with backoffLimit 0) kills the other, running pod and
// counts it failed in that sync, judged as Running: the Ignore rule on 143 does not apply to it.
// status.failed 2.
export default {
  id: 'policy/backofflimit-killed-pod-not-ignored',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers (finishedCondition failure: non-terminated pods counted, matchPodFailurePolicy on the informer copy); job-controller.md §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: b }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "1": { duration: 10s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [143] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq(job.status.failed, 2, 'status.failed');
  },
};
