// DeadlineExceeded kills the running pod and counts it failed in the same sync, judged on the
// pod as the controller sees it then (Running): an Ignore rule on exit code 143 does not apply.
// FailureTarget at +30s, Failed at +31s once the pod is terminal; status.failed 1.
export default {
  id: 'policy/deadline-killed-pod-not-ignored',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers (non-terminated pods counted failed when finishedCondition is a failure, policy matched on the informer copy); job-controller.md §2.7, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  activeDeadlineSeconds: 30
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [143] } }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 30], ['Failed', 'DeadlineExceeded', 31]], 'conditions');
    h.eq(job.status.failed, 1, 'status.failed (the pod killed by the deadline)');
  },
};
