// Count on DisruptionTarget with backoffLimit 0: the taint-evicted pod is Terminating (not Failed) while
// w-1 is silent, so nothing is counted and no replacement is made (podReplacementPolicy Failed); killed
// by the kubelet at 11m it is Failed with DisruptionTarget, the Count rule counts it, 1 > 0: the Job
// fails at 11m+1s with BackoffLimitExceeded "Job has reached the specified backoff limit" (Warning event).
export default {
  id: 'nodelife2/pfp-count-disruption-backofflimit0',
  source: 'pod_failure_policy.go (Count), job_controller.go pastBackoffLimitOnFailure / "Job has reached the specified backoff limit", isPodFailed with podFailurePolicy; taint_eviction.go addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Count
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j').length, 1, 'no replacement');
    const j = h.job('j');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([f.message, h.sec(f.lastTransitionTime), j.status.failed], ['Job has reached the specified backoff limit', 661, 1], 'Failed');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 661]], 'event');
  },
};
