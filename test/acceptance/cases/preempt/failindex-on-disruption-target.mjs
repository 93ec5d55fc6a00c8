// An Indexed Job with backoffLimitPerIndex and a FailIndex rule on DisruptionTarget: the preempted
// index fails at once (no retry), and the Job, with no index left to run, fails with FailedIndexes.
export default {
  id: 'preempt/failindex-on-disruption-target',
  source: 'preemption.go PreemptPod (DisruptionTarget PreemptionByScheduler); pkg/controller/job/pod_failure_policy.go (FailIndex action); job_controller.go (JobReasonFailedIndexes "Job has failed indexes", status.failedIndexes)',
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
metadata: { name: idx }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 3
  podFailurePolicy:
    rules:
    - { action: FailIndex, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const j = h.job('idx');
    h.hasCond(h.podsOf('idx')[0], 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(h.podsOf('idx').length, 1, 'no retry of the index');
    h.eq([j.status.failed, j.status.failedIndexes, j.status.completedIndexes ?? ''], [1, '0', ''], '[failed, failedIndexes, completedIndexes]');
    const f = h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([h.sec(f.lastTransitionTime), f.message], [61, 'Job has failed indexes'], 'Failed');
  },
};
