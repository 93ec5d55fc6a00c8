// ttlSecondsAfterFinished 5; the pod template carries a user finalizer (example.com/hold), copied to the pod. Complete
// at 11s; the TTL controller deletes the Job at 16s with Foreground propagation: deletionTimestamp 16s, generation 2,
// finalizers [foregroundDeletion]. The GC deletes the Succeeded pod (grace 0: deletionTimestamp 16s) but its finalizer
// keeps it; a pod still present with blockOwnerDeletion is a blocking dependent, so processDeletingDependentsItem never
// removes foregroundDeletion: both stay in the API to the end of the run (5m).
export default {
  id: 'ttlgc/ttl-foreground-blocked-by-held-pod',
  source: 'ttlafterfinished_controller.go processJob (DELETE PropagationPolicy Foreground, Preconditions UID); garbagecollector.go processDeletingDependentsItem (blockingDependents non-empty: keep the finalizer), node.blockingDependents (blockOwnerDeletion); job_controller.go pod ownerRef blockOwnerDeletion true',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 5
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete at 11s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.deletionGracePeriodSeconds], [16, 2, 0], 'TTL foreground delete at 16s');
    h.eq(j.metadata.finalizers, ['foregroundDeletion'], 'held by its blocking dependent');
    const [p] = h.podsOf('j');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], [16, 0, ['example.com/hold']], 'pod deleted (terminal: grace 0), kept by its finalizer');
    h.eq(p.metadata.ownerReferences[0].blockOwnerDeletion, true, 'blockOwnerDeletion on the pod');
    h.eq(r.spec.end, '2026-01-01T00:05:00Z', 'run to its duration');
  },
};
