// A pod the kubelet rejects at admission (template nodeName, request above the node's cpu) is Failed with reason
// OutOfcpu and no conditions at all, so a FailJob rule on Ready=False does not match it: the rejections are plain
// counted failures. backoffLimit 1: rejected at 0s and, after 10s counted from the pod's creation (no container
// or Ready time to finish from), at 10s: BackoffLimitExceeded at 11s.
export default {
  id: 'jobctl/pfp-ready-false-rule-misses-rejected-pods',
  source: 'job_controller_test.go TestJobBackoffOnRestartPolicyNever "too many failures with backoffLimit 1 - single pod" + TestSyncJobWithJobPodFailurePolicy "default job based on OnExitCodes" (no rule matched: counted); pod_failure_policy.go matchOnPodConditions; kubelet.go rejectPod (SetPodStatus with phase Failed, Reason, Message "Pod was rejected: ...", no conditions); backoff_utils.go getFinishedTime (creationTimestamp fallback)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rj}
spec:
  backoffLimit: 1
  podFailurePolicy:
    rules:
    - action: FailJob
      onPodConditions:
      - {type: Ready, status: "False"}
  template:
    spec:
      nodeName: node-1
      containers:
      - name: c
        image: busybox:1.36
        resources: {requests: {cpu: "5"}}
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('rj');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.reason, p.status.conditions]), [[0, 'Failed', 'OutOfcpu', undefined], [10, 'Failed', 'OutOfcpu', undefined]], 'pods [created, phase, reason, conditions]');
    const j = h.job('rj');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11],
    ], 'conditions');
    h.eq(j.status.failed, 2, 'failed');
  },
};
