// ttlSecondsAfterFinished removed (merge patch null) at 5s while the Job runs: when it completes (11s) needsCleanup is
// false (TTL nil), so the TTL controller never deletes it: Job and pod are still there at 3m, generation 2 (the patch).
export default {
  id: 'ttl2/ttl-removed-while-running',
  source: 'ttlafterfinished_controller.go needsCleanup (j.Spec.TTLSecondsAfterFinished != nil), addJob/updateJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, spec: {ttlSecondsAfterFinished: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.hasCond(j, 'Complete');
    h.eq([j.spec.ttlSecondsAfterFinished, j.metadata.deletionTimestamp, j.metadata.generation, j.metadata.finalizers], [undefined, undefined, 2, undefined], 'kept');
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, p.metadata.deletionTimestamp, p.metadata.finalizers], ['Succeeded', undefined, undefined], 'pod kept, tracking finalizer removed');
  },
};
