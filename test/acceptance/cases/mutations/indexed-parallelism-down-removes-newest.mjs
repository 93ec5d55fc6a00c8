// Indexed 3 completions, parallelism 1 -> 3 at 10s (indexes 1,2 created at 10s) -> 1 at 20s: with no index
// out of range or duplicated, ActivePods order decides: the pods ready for less time (indexes 1 and 2) go
// first; they are not counted as failed. Then one index at a time: 1 at 61s, 2 at 122s, Complete at 183s.
export default {
  id: 'mutations/indexed-parallelism-down-removes-newest',
  source: 'job_controller.go activePodsForRemoval (appendDuplicatedIndexPodsForRemoval, then sort.Sort(controller.ActivePods)); controller_utils.go ActivePods.Less (ready for less time first); indexed_job_utils.go firstPendingIndexes',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: x, spec: {parallelism: 3}}}
  - {at: 20s, patch: {kind: Job, name: x, spec: {parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 3
  parallelism: 1
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const pods = h.podsOf('x').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.deletionTimestamp ? h.sec(p.metadata.deletionTimestamp) - 30 : null]);
    pods.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    h.eq(pods, [['0', 0, 'Succeeded', null], ['1', 10, 'Failed', 20], ['2', 10, 'Failed', 20], ['1', 61, 'Succeeded', null], ['2', 122, 'Succeeded', null]], '[index, created, phase, deletion requested]');
    const j = h.job('x');
    h.eq([j.status.succeeded, j.status.failed ?? 0, j.status.completedIndexes, h.sec(j.status.completionTime)], [3, 0, '0-2', 183], 'status');
  },
};
