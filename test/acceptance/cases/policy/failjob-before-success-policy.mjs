// In the same sync a pod matches FailJob and the success policy would be met: the pod failure
// policy is evaluated first, the Job fails (PodFailurePolicy) and gets no SuccessCriteriaMet.
export default {
  id: 'policy/failjob-before-success-policy',
  source: 'job_controller.go syncJob (FailJob check before matchSuccessPolicy, which runs only when finishedCondition is nil); job-controller.md §2.4 steps 3 and 7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    perIndex:
      "0": { exitCodes: [5] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - { succeededCount: 1 }
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', 11], ['Failed', 'PodFailurePolicy', 11]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes], [1, 1, '1'], '[failed, succeeded, completedIndexes]');
  },
};
