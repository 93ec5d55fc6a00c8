// completions 3, parallelism 1, ttlSecondsAfterFinished 0: pods run one after the other (created 0s, 11s, 22s; each 10s),
// Complete at 33s and the TTL controller deletes the Job in that second (foreground). The garbage collector deletes the
// three Succeeded pods at 33s with grace 0 (terminal), no container is killed (no Killing event), the Job goes without
// any finalizer left, and no event follows Completed.
export default {
  id: 'ttl2/ttl-zero-sequential-pods-all-collected',
  source: 'ttlafterfinished_controller.go processJob (TTL 0: timeLeft <= 0 at once), Foreground DELETE; garbagecollector.go attemptToDeleteItem (owner waiting: background for leaf pods); pod CheckGracefulDelete (terminal: 0)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: seq}
spec:
  completions: 3
  parallelism: 1
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('seq');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 33, 'Complete at 33s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers, j.status.succeeded], [33, 2, undefined, 3], 'deleted at once');
    h.eq(h.podsOf('seq').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers]),
      [[0, 'Succeeded', 33, 0, undefined], [11, 'Succeeded', 33, 0, undefined], [22, 'Succeeded', 33, 0, undefined]], 'all pods collected at 33s');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'no Killing');
    const last = r.events[r.events.length - 1];
    h.eq([last.reason, h.sec(last.firstTimestamp)], ['Completed', 33], 'Completed is the last event');
  },
};
