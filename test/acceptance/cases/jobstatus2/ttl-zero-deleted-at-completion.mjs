// ttlSecondsAfterFinished 0: the TTL controller deletes the Job in the instant it finishes: deletionTimestamp equals
// completionTime (the Complete condition's lastTransitionTime), generation 2 from markAsDeleting.
export default {
  id: 'jobstatus2/ttl-zero-deleted-at-completion',
  source: 'pkg/controller/ttlafterfinished/ttlafterfinished_controller.go timeLeft (finishAt = Complete/Failed lastTransitionTime); registry store markAsDeleting',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('z');
    h.eq([j.metadata.deletionTimestamp, j.status.completionTime, h.cond(j, 'Complete').lastTransitionTime, j.metadata.generation], ['2026-01-01T00:00:11Z', '2026-01-01T00:00:11Z', '2026-01-01T00:00:11Z', 2], '[deletionTimestamp, completionTime, Complete time, generation]');
  },
};
