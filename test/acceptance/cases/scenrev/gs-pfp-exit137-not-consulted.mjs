// graceful-shutdown's deaf Job with a podFailurePolicy rule Ignore onExitCodes [137]: the rule never sees the
// 137, because the Job counts its pod as failed at +60s, when it becomes FailureTarget (DeadlineExceeded) and the
// container is still running (no exit code to match); status.failed is 1 and the Job is Failed at +91s.
export default {
  id: 'scenrev/gs-pfp-exit137-not-consulted',
  source: 'kubernetes pkg/controller/job/job_controller.go trackJobStatusAndRemoveFinalizers (finishedCondition != nil: every non-terminated pod is considered failed; matchPodFailurePolicy on the running pod finds no terminated container, so countFailed), canRemoveFinalizer; pkg/controller/job/pod_failure_policy.go getMatchingContainerFromList (terminated containers only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: graceful-shutdown-pfp
spec:
  behaviors:
  - selector: { matchLabels: { app: deaf } }
    duration: 10m
    onSigterm: ignore
---
apiVersion: batch/v1
kind: Job
metadata:
  name: deaf
spec:
  activeDeadlineSeconds: 60
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: { operator: In, values: [137] }
  template:
    metadata:
      labels: { app: deaf }
    spec:
      restartPolicy: Never
      containers:
      - name: worker
        image: busybox:1.36
        command: ["sh", "-c", "while true; do sleep 1; done"]
`,
  check(r, h) {
    const j = h.job('deaf');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 60], ['Failed', 'DeadlineExceeded', 91]], 'conditions');
    const [p] = h.podsOf('deaf');
    h.eq([p.status.containerStatuses[0].state.terminated.exitCode, h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], [137, 90], 'pod exit');
    h.eq(j.status.failed, 1, 'status.failed (the Ignore rule did not apply)');
    h.eq(h.podsOf('deaf').length, 1, 'no replacement pod');
  },
};
