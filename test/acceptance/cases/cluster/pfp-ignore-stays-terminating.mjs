// With podFailurePolicy (podReplacementPolicy Failed) the evicted pod stuck Terminating on the
// unreachable node is neither counted nor replaced while the node stays away.
export default {
  id: 'cluster/pfp-ignore-stays-terminating',
  source: 'job_controller.go isPodFailed / onlyReplaceFailedPods; cronjob-and-friends.md §5.3 (Terminating on unreachable node), §5.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 40m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'no replacement');
    const stuck = pods.find((p) => p.spec.nodeName === 'w-1');
    h.eq(stuck.status.phase, 'Running', 'stuck pod phase');
    h.assert(stuck.metadata.deletionTimestamp, 'stuck pod has deletionTimestamp');
    h.hasCond(stuck, 'DisruptionTarget', 'DeletionByTaintManager');
    const job = h.job('j');
    h.eq([job.status.failed ?? 0, job.status.succeeded, job.status.terminating, job.status.active ?? 0], [0, 1, 1, 0], '[failed, succeeded, terminating, active]');
    h.noCond(job, 'Complete');
  },
};
