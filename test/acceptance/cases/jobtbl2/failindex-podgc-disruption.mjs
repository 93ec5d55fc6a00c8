// The only node is deleted at +5s; the pod GC marks the orphaned pod Failed with DisruptionTarget
// (DeletionByPodGC) and deletes it at +60s (40s quarantine on its 20s loop). The FailIndex rule on
// DisruptionTarget fails index 0 at once (no retry despite backoffLimitPerIndex 3): with every index
// resolved and one failed the Job fails with FailedIndexes at +61s.
export default {
  id: 'jobtbl2/failindex-podgc-disruption',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "single failed index due to FailIndex action, the job continues" (onPodConditions variant); pod_failure_policy.go matchOnPodConditions; podgc gc_controller.go gcOrphaned (quarantine), markFailedAndDeletePodWithCondition; reference §5, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: a, count: 1 }
  faults:
  - { at: 5s, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 1
  completionMode: Indexed
  backoffLimitPerIndex: 3
  podFailurePolicy:
    rules:
    - { action: FailIndex, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: 5m } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'FailedIndexes');
    const f = h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [61, 61, 'Job has failed indexes'], 'conditions');
    h.eq([j.status.failed, j.status.failedIndexes, j.status.succeeded ?? 0], [1, '0', 0], '[failed, failedIndexes, succeeded]');
    const pods = h.podsOf('x');
    h.eq(pods.length, 1, 'no retry of a FailIndex index');
    const dt = h.cond(pods[0], 'DisruptionTarget');
    h.eq([dt?.reason, pods[0].status.phase], ['DeletionByPodGC', 'Failed'], 'pod DisruptionTarget reason, phase');
  },
};
