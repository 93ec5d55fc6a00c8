// A Job created with the GC's orphan finalizer and ttlSecondsAfterFinished 5: the TTL controller's DELETE states
// propagationPolicy Foreground, which overrides the finalizer the object carries (orphan dropped, foregroundDeletion
// added), so its Succeeded pod is not orphaned: it is collected at 16s (grace 0) and the Job goes with no finalizer left.
export default {
  id: 'deletion2/ttl-orphan-finalizer-overridden',
  source: 'registry store.go deletionFinalizersForGarbageCollection / shouldOrphanDependents ("An explicit policy was set at deletion time, that overrides everything"); ttlafterfinished_controller.go processJob (Foreground)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: {name: o, finalizers: [orphan]}
spec:
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('o');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.finalizers, j.metadata.generation], [16, undefined, 2], 'Job deleted by TTL, orphan finalizer replaced');
    const p = h.podsOf('o')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Succeeded', 16, 0], 'pod collected, not orphaned');
    h.eq(p.metadata.ownerReferences.map((o) => o.name), ['o'], 'owner reference kept');
  },
};
