// Pod failure policy task, "avoid unnecessary Pod retries" (job-pod-failure-policy-failjob.yaml: completions 8,
// parallelism 2, sleep 30 && exit 42): "After around 30s the entire Job should be terminated"; FailureTarget has reason
// PodFailurePolicy and a message like "Container main for pod default/job-pod-failure-policy-failjob-8ckj8 failed with
// exit code 42 matching FailJob rule at index 0"; Failed has the same reason and message, after all pods terminated.
export default {
  id: 'docsexamples/d11-pfp-task-failjob',
  source: 'kubernetes.io/docs/tasks/job/pod-failure-policy/ (job-pod-failure-policy-failjob.yaml); pod_failure_policy.go; reference job §5, §2.8',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: job-pod-failure-policy-failjob
spec:
  completions: 8
  parallelism: 2
  template:
    metadata:
      annotations:
        jobsim/duration: "30s"
        jobsim/exit-codes: "42"
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: docker.io/library/bash:5
        command: ["bash"]
        args:
        - -c
        - echo "Hello world! I'm going to exit with 42 to simulate a software bug." && sleep 30 && exit 42
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        containerName: main
        operator: In
        values: [42]
`,
  check(r, h) {
    const job = h.job('job-pod-failure-policy-failjob');
    const names = h.podsOf('job-pod-failure-policy-failjob').map((p) => p.metadata.name);
    h.eq(names.length, 2, 'no retry');
    const c = job.status.conditions;
    h.eq(c.map((x) => [x.type, x.reason, h.sec(x.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', 31], ['Failed', 'PodFailurePolicy', 31]], 'conditions');
    h.assert(names.some((n) => c[0].message === `Container main for pod default/${n} failed with exit code 42 matching FailJob rule at index 0`), `message ${c[0].message}`);
    h.eq(c[1].message, c[0].message, 'same message on Failed');
    h.eq(job.status.failed, 2, 'failed');
  },
};
