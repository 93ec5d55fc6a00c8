// Job concept page, "Pod failure policy" (job-pod-failure-policy-example.yaml: completions 12, parallelism 3, every
// container exits 42 after ~5s, FailJob on 42): the Job fails on the first exit 42; no pod is retried. The three
// first pods exit at 5s; at the next sync (6s) FailureTarget and, nothing being left to terminate, Failed, reason
// PodFailurePolicy with the rule's message; all three failures counted; the warning carries the same message.
export default {
  id: 'docsexamples/d10-pfp-example-failjob',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#pod-failure-policy (job-pod-failure-policy-example.yaml); pod_failure_policy.go matchPodFailurePolicy/getFailJobMessage; reference job §5, §2.8',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: job-pod-failure-policy-example
spec:
  completions: 12
  parallelism: 3
  template:
    metadata:
      annotations:
        jobsim/duration: "5s"
        jobsim/exit-codes: "42"
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: docker.io/library/bash:5
        command: ["bash"]        # example command simulating a bug which triggers the FailJob action
        args:
        - -c
        - echo "Hello world!" && sleep 5 && exit 42
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        containerName: main      # optional
        operator: In             # one of: In, NotIn
        values: [42]
    - action: Ignore             # one of: Ignore, FailJob, Count
      onPodConditions:
      - type: DisruptionTarget   # indicates Pod disruption
`,
  check(r, h) {
    const pods = h.podsOf('job-pod-failure-policy-example');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Failed', 42], [0, 'Failed', 42], [0, 'Failed', 42]], 'pods');
    const job = h.job('job-pod-failure-policy-example');
    const [ft, f] = job.status.conditions;
    const re = /^Container main for pod default\/(job-pod-failure-policy-example-[a-z0-9]{5}) failed with exit code 42 matching FailJob rule at index 0$/;
    const m = re.exec(ft?.message ?? '');
    h.assert(m && pods.some((p) => p.metadata.name === m[1]), `FailureTarget message ${JSON.stringify(ft?.message)}`);
    h.eq([ft.type, ft.reason, h.sec(ft.lastTransitionTime), f.type, f.reason, f.message, h.sec(f.lastTransitionTime)],
      ['FailureTarget', 'PodFailurePolicy', 6, 'Failed', 'PodFailurePolicy', ft.message, 6], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active ?? 0], [3, undefined, 0], 'counters');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[6, 'PodFailurePolicy', ft.message]], 'warning event');
  },
};
