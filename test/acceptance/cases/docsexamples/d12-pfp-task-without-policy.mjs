// Pod failure policy task: "if the Pod failure policy was disabled it would take 6 retries of the Pod, taking at least 2
// minutes." The same Job without podFailurePolicy: 2 pods per wave with the exponential backoff (counted failures 2,
// 4, 6: delays 20s, 80s, 320s), 8 pods in all (7 > backoffLimit 6 is reached within the fourth wave), Failed with
// BackoffLimitExceeded at 541s.
export default {
  id: 'docsexamples/d12-pfp-task-without-policy',
  source: 'kubernetes.io/docs/tasks/job/pod-failure-policy/ (comparison sentence); backoff_utils.go getRemainingTime; reference job §3.2-3.3, §2.4 step 4',
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
`,
  check(r, h) {
    const pods = h.podsOf('job-pod-failure-policy-failjob');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 50, 50, 160, 160, 510, 510], 'pod creation times');
    const job = h.job('job-pod-failure-policy-failjob');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 541], ['Failed', 'BackoffLimitExceeded', 541]], 'conditions');
    h.eq(job.status.failed, 8, 'failed');
    h.assert(h.sec(h.cond(job, 'Failed').lastTransitionTime) >= 120, 'at least 2 minutes');
  },
};
