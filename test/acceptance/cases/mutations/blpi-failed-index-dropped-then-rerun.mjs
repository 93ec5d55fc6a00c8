// backoffLimitPerIndex 0, index 3 fails at 10s (failedIndexes "3", failed 1). Scaling 4/4 -> 3/3 at 30s drops
// index 3 from failedIndexes (parsed against the new completions). Scaling back to 4/4 at 60s makes index 3
// pending again: a new pod (failure-count "0": the old failed pod is no longer tracked) is created at 60s,
// fails at 70s -> failedIndexes "3", failed 2. Indexes 0-2 succeed at 120s: FailedIndexes at 121s.
export default {
  id: 'mutations/blpi-failed-index-dropped-then-rerun',
  source: 'job_controller.go syncJob (failedIndexes from parseIndexesFromString(status.FailedIndexes, completions)); indexed_job_utils.go firstPendingIndexes, getNewIndexFailureCounts (no delayed-deletion pod -> 0); reference §6, §14',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  behaviors:
  - selector: {matchLabels: {app: b}}
    duration: 2m
    perIndex:
      "3": {duration: 10s, exitCodes: [1]}
  timeline:
  - {at: 30s, patch: {kind: Job, name: x, spec: {completions: 3, parallelism: 3}}}
  - {at: 60s, patch: {kind: Job, name: x, spec: {completions: 4, parallelism: 4}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: b}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const p3 = h.podsOf('x').filter((p) => ix(p) === '3').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]);
    h.eq(p3, [[0, 'Failed', '0'], [60, 'Failed', '0']], 'index 3 pods [created, phase, failure-count]');
    const j = h.job('x');
    h.eq([j.status.failedIndexes, j.status.completedIndexes, j.status.succeeded, j.status.failed], ['3', '0-2', 3, 2], 'status');
    const f = h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([f.message, h.sec(f.lastTransitionTime)], ['Job has failed indexes', 121], 'Failed condition');
  },
};
