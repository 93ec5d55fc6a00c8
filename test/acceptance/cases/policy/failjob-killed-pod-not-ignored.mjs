// The running pod deleted because of FailJob is counted failed in the sync that sets
// FailureTarget, while it is still Running in the controller's view: the policy is evaluated on
// that Running pod (no terminated container), so an Ignore rule on 143 (SIGTERM) does not apply
// to it. status.failed ends at 2.
export default {
  id: 'policy/failjob-killed-pod-not-ignored',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers (finishedCondition != nil: non-terminated pods counted failed, matchPodFailurePolicy on the informer copy) + canRemoveFinalizer; job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job with multiple pods" (running pod, wantStatusFailed 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: c }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "1": { duration: 10s, exitCodes: [5] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [143] } }
    - { action: FailJob, onExitCodes: { operator: In, values: [5, 6, 7] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.hasCond(job, 'Failed', 'PodFailurePolicy');
    h.eq(job.status.failed, 2, 'status.failed (the FailJob pod and the running pod killed with the Job)');
  },
};
