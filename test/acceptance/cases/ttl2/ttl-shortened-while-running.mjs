// ttlSecondsAfterFinished 100 lowered to 0 at 5s while the Job runs: needsCleanup is false until the Job finishes, so the
// update enqueues nothing; the Job's Complete update (11s) is enqueued with the TTL then in the spec (0): deleted at 11s
// (foreground: generation 1 -> 2 by the patch, 3 by markAsDeleting), its Succeeded pod with grace 0 at 11s.
export default {
  id: 'ttl2/ttl-shortened-while-running',
  source: 'ttlafterfinished_controller.go updateJob/needsCleanup (TTL != nil && IsJobFinished), processTTL/timeLeft (finish + current TTL); registry store.go markAsDeleting',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, spec: {ttlSecondsAfterFinished: 0}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 100
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'Complete', 'CompletionsReached').lastTransitionTime), 11, 'Complete at 11s');
    h.eq([j.spec.ttlSecondsAfterFinished, h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation], [0, 11, 0, 3], 'deleted at completion with the new TTL');
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Succeeded', 11, 0], 'pod collected at 11s');
  },
};
