// A Job created with only the GC's "orphan" finalizer is deleted by the timeline at 10s (kubectl: propagation
// Background). The explicit policy removes "orphan", no finalizer is left, so the Job is deleted at once, and a Job
// of the same name can be created at 20s.
export default {
  id: 'apimeta/delete-orphan-finalizer-then-recreate',
  source: 'registry store.go shouldOrphanDependents ("An explicit policy was set at deletion time, that overrides everything": Background -> false), deletionFinalizersForGarbageCollection (orphan removed), updateForGracefulDeletionAndFinalizers (no pending finalizers, not graceful: errDeleteNow)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f}
spec:
  duration: 2m
  timeline:
  - {at: 10s, delete: {kind: Job, name: j}}
  - {at: 20s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: j}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [orphan]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.eq(r.exitCode ?? 0, 0, `accepted: ${r.stderr?.slice(0, 300)}`);
    const jobs = h.of('Job').filter((j) => j.metadata.name === 'j');
    h.eq(jobs.map((j) => [j.metadata.creationTimestamp, j.metadata.finalizers]), [['2026-01-01T00:00:00Z', undefined], ['2026-01-01T00:00:20Z', undefined]], 'both Jobs, the first without its orphan finalizer');
    h.hasCond(jobs[1], 'Complete');
  },
};
