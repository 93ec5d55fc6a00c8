// Once SuccessCriteriaMet is set the pod failure policy is no longer evaluated: the running pod
// deleted by the success policy exits 143 (a FailJob code here) but the Job completes; the
// deleted pod is not counted as failed.
export default {
  id: 'policy/success-criteria-skips-pfp',
  source: 'job_controller.go syncJob ("evaluates the podFailurePolicy only when the Job doesn\'t have the SuccessCriteriaMet condition"); trackJobStatusAndRemoveFinalizers; job-controller.md §2.4 step 1, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "1": { duration: 10s }
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
    - { succeededIndexes: "1" }
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [143] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'SuccessPolicy', 11], ['Complete', 'SuccessPolicy', 12]], 'conditions');
    h.eq([job.status.failed ?? 0, job.status.succeeded], [0, 1], '[failed, succeeded]');
    const p0 = h.podsOf('x').find((p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(h.exitCodeOf(p0), 143, 'deleted pod exited 143');
  },
};
