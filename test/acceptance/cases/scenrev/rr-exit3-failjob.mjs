// restart-rules.yaml with jobsim/exit-codes "42,3" (the comment's second variation): the first exit 42 is
// restarted in place at +2m, the second run exits 3 at +4m, which no restart rule matches, so the pod fails and
// the FailJob rule (index 0) fails the Job at +4m01s with reason PodFailurePolicy and the rule's message.
export default {
  id: 'scenrev/rr-exit3-failjob',
  source: 'kubernetes pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"); pkg/kubelet ContainerRestartRules (no matching rule: the container\'s restartPolicy Never applies)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: train
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { containerName: trainer, operator: In, values: [3] }
  template:
    metadata:
      annotations:
        jobsim/duration: "2m"
        jobsim/exit-codes: "42,3"
    spec:
      restartPolicy: Never
      containers:
      - name: trainer
        image: registry.example.com/trainer:2.4
        restartPolicy: Never
        restartPolicyRules:
        - action: Restart
          exitCodes: { operator: In, values: [42] }
`,
  check(r, h) {
    const [p] = h.podsOf('train');
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt)], ['Failed', 1, 3, 240], 'pod');
    const msg = `Container trainer for pod default/${p.metadata.name} failed with exit code 3 matching FailJob rule at index 0`;
    h.eq(h.job('train').status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, 241], ['Failed', 'PodFailurePolicy', msg, 241]], 'conditions');
    h.eq(h.events({ reason: 'PodFailurePolicy' }).map((e) => [e.type, h.sec(e.firstTimestamp), e.message]), [['Warning', 241, msg]], 'event');
    h.eq([h.podsOf('train').length, h.job('train').status.failed], [1, 1], 'one pod, failed 1');
  },
};
