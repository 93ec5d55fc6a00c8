// Indexed, completions 3, parallelism 3: every index succeeds at 10s, Complete at 11s with completedIndexes "0-2".
// ttlSecondsAfterFinished 10: the TTL controller deletes the Job at 21s (foreground); the garbage collector deletes its
// three Succeeded pods at 21s with grace 0, then removes foregroundDeletion. The Job's status is left as it was.
export default {
  id: 'ttlgc/ttl-indexed-all-pods-collected',
  source: 'ttlafterfinished_controller.go processJob (Foreground); garbagecollector processDeletingDependentsItem; pod CheckGracefulDelete (terminal: grace 0)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  ttlSecondsAfterFinished: 10
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('ix');
    h.eq([j.status.succeeded, j.status.completedIndexes, h.sec(j.status.completionTime)], [3, '0-2', 11], 'status kept');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [21, 2, undefined], 'deleted at 21s');
    h.eq(h.podsOf('ix').map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase]), [[21, 0, 'Succeeded'], [21, 0, 'Succeeded'], [21, 0, 'Succeeded']], 'pods');
  },
};
