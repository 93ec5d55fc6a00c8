// A podFailurePolicy Count rule on DisruptionTarget counts the preemption against backoffLimit 0, but
// (podReplacementPolicy Failed, implied by the policy) only once the victim is Failed: it ignores
// SIGTERM and is killed at +90s, so FailureTarget and Failed (BackoffLimitExceeded) both come at +91s.
export default {
  id: 'preempt2/count-rule-counted-when-failed',
  source: 'pkg/controller/job/job_controller.go isPodFailed (onlyReplaceFailedPods when podFailurePolicy is set: phase Failed only); pod_failure_policy.go matchPodFailurePolicy (Count: counted); syncJob (exceedsBackoffLimit) and enactJobFinished (terminating 0: Failed in the same sync)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Count
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const j = h.job('low');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [91, 91], 'FailureTarget and Failed at +91s');
    h.eq(h.events({ name: 'low', kind: 'Job' }).filter((e) => e.type === 'Warning').map((e) => [h.sec(e.firstTimestamp), e.reason]), [[91, 'BackoffLimitExceeded']], 'Warning event');
    h.eq(h.podsOf('low').length, 1, 'never replaced');
    h.eq([j.status.failed, j.status.terminating, j.status.active ?? 0], [1, 0, 0], '[failed, terminating, active]');
  },
};
