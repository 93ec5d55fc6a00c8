// backoffLimit 0 without a podFailurePolicy: the preempted pod counts as failed as soon as it is
// being deleted, so the batched sync at +61s adds FailureTarget (BackoffLimitExceeded); the Failed
// condition and its Warning event wait until the victim, ignoring SIGTERM, is killed at +90s (sync +91s).
export default {
  id: 'preempt2/backofflimit-zero-failed-waits-victim',
  source: 'pkg/controller/job/job_controller.go syncJob (exceedsBackoffLimit: newFailureCondition(JobReasonBackoffLimitExceeded, "Job has reached the specified backoff limit") is FailureTarget under delayTerminalCondition) and enactJobFinished (terminating > 0: not finished yet); isPodFailed (deleted, not Succeeded)',
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
    h.eq([h.sec(ft.lastTransitionTime), ft.message], [61, 'Job has reached the specified backoff limit'], 'FailureTarget');
    h.eq([h.sec(f.lastTransitionTime), f.message], [91, 'Job has reached the specified backoff limit'], 'Failed');
    h.eq(h.events({ name: 'low', kind: 'Job' }).filter((e) => e.type === 'Warning').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[91, 'BackoffLimitExceeded', 'Job has reached the specified backoff limit']], 'Warning event');
    h.eq(h.podsOf('low').length, 1, 'no replacement');
    const v = h.podsOf('low')[0];
    h.eq([v.status.phase, h.exitCodeOf(v)], ['Failed', 137], 'victim SIGKILLed');
    h.eq([j.status.failed, j.status.terminating, j.status.active ?? 0], [1, 0, 0], '[failed, terminating, active]');
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [90], 'hi bound at +90s');
  },
};
