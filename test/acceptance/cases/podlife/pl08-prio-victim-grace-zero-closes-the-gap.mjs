// Pod Priority and Preemption, "Graceful termination of preemption victims": the gap between preemption and the
// preemptor's binding is the victims' grace period, and "one can set graceful termination period of lower priority
// Pods to zero". Here the victim ignores SIGTERM but has terminationGracePeriodSeconds 0: the scheduler's DELETE is
// immediate (deletionTimestamp 30s, deletionGracePeriodSeconds 0), only the job-tracking finalizer holds it; the Job
// controller counts it failed and strips the finalizer in its 31s sync, the object is gone and the preemptor is
// bound at 31s, not 30s later. The victim's Job (backoffLimit 0) fails with BackoffLimitExceeded.
export default {
  id: 'podlife/pl08-prio-victim-grace-zero-closes-the-gap',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Graceful termination of preemption victims"; framework/preemption/preemption.go prepareCandidate (DisruptionTarget PreemptionByScheduler, then DeletePod); registry/core/pod/strategy.go CheckGracefulDelete (grace from terminationGracePeriodSeconds); apiserver store.go (deletion with grace 0 once finalizers are gone); job_controller.go isPodFailed (deleted pod counts failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gap}
spec:
  duration: 3m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: hi}
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: lo}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const v = h.podsOf('lo')[0];
    const hi = h.podsOf('hi')[0];
    h.eq([h.sec(v.metadata.deletionTimestamp), v.metadata.deletionGracePeriodSeconds, v.metadata.finalizers ?? []], [30, 0, []], 'victim deleted at once');
    const dt = h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['default-scheduler: preempting to accommodate a higher priority pod', 30], 'DisruptionTarget');
    h.eq(h.events({ reason: 'Preempted', name: v.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, `Preempted by pod ${hi.metadata.uid} on node w-1`]], 'Preempted');
    h.eq([hi.spec.nodeName, h.sec(h.events({ reason: 'Scheduled', name: hi.metadata.name })[0].firstTimestamp)], ['w-1', 31], 'preemptor bound at 31s');
    const lo = h.job('lo');
    h.eq([lo.status.failed, h.hasCond(lo, 'Failed', 'BackoffLimitExceeded') && 'Failed'], [1, 'Failed'], 'victim Job');
  },
};
