// The kubelet's activeDeadline eviction sets phase Failed, reason DeadlineExceeded, and nothing else: no DisruptionTarget
// condition (only preemption, taint eviction, the pod GC, API eviction and kubelet pressure/shutdown add it). So a pod
// failure policy rule Ignore onPodConditions DisruptionTarget does not match; the failure counts and backoffLimit 0 fails the
// Job at 11s (pod failed at 10s + 1s batching), Warning BackoffLimitExceeded.
export default {
  id: 'deadlines/pod-ads-no-disruption-target',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus (ShouldEvict: Phase/Reason/Message only; DisruptionTarget only copied from an existing condition); pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy; reference job-controller §5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget}]
  template:
    metadata:
      annotations: {jobsim/duration: "1m"}
    spec:
      activeDeadlineSeconds: 10
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('dl');
    h.eq(pods.length, 1, 'pods (no replacement: the failure is not ignored)');
    h.eq([pods[0].status.phase, pods[0].status.reason], ['Failed', 'DeadlineExceeded'], 'pod');
    h.eq((pods[0].status.conditions ?? []).filter((c) => c.type === 'DisruptionTarget').length, 0, 'DisruptionTarget conditions');
    const job = h.job('dl');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 11]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
    const ev = h.events({ reason: 'DeadlineExceeded', kind: 'Pod' });
    h.eq(ev.map((e) => [e.type, e.source.component, h.sec(e.firstTimestamp)]), [['Normal', 'kubelet', 10]], 'kubelet event');
  },
};
