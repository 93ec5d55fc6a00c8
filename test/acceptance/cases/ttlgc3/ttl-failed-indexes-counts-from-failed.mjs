// Indexed, completions 2, backoffLimitPerIndex 0: index 1 exits 1 at 10s (failedIndexes "1"), index 0 succeeds at 20s.
// With every index finished and one failed, the 21s sync writes FailureTarget and Failed (reason FailedIndexes, Warning
// FailedIndexes "Job has failed indexes"). ttlSecondsAfterFinished 5 counts from Failed: the Job is deleted at 26s
// (foreground, generation 2), both terminal pods with grace 0, and the Job is gone at 26s.
export default {
  id: 'ttlgc3/ttl-failed-indexes-counts-from-failed',
  source: 'job_controller.go syncJob (failedIndexes + succeededIndexes >= completions -> FailureTarget FailedIndexes "Job has failed indexes"), enactJobFinished, recordJobFinished; ttlafterfinished_controller.go jobFinishTime (Failed lastTransitionTime), processJob (Foreground); pod strategy CheckGracefulDelete (terminal: 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  behaviors:
  - selector: {matchLabels: {app: fi}}
    duration: 20s
    perIndex:
      "1": {exitCodes: [1], duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fi}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  ttlSecondsAfterFinished: 5
  template:
    metadata: {labels: {app: fi}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('fi');
    const f = h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([h.sec(f.lastTransitionTime), f.message, j.status.failedIndexes, j.status.completedIndexes], [21, 'Job has failed indexes', '1', '0'], 'Failed (FailedIndexes) at 21s');
    h.eq(h.events({ reason: 'FailedIndexes' }).map((e) => [e.type, h.sec(e.firstTimestamp), e.message]), [['Warning', 21, 'Job has failed indexes']], 'one Warning event');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [26, 2], 'TTL deletion at 26s');
    h.eq(h.podsOf('fi').map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [['Succeeded', 26, 0], ['Failed', 26, 0]], 'both terminal pods collected with grace 0');
  },
};
