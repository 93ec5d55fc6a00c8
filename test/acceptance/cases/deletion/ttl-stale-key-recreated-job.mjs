// Job t (TTL 100) completes at 11s, is deleted by the user at 30s and created again at 31s (same name, TTL 100, pod of
// 1m): the first Job's expiry (111s) is keyed by namespace/name, finds the new Job not finished and does nothing; the
// new Job completes at 92s and is deleted at 192s (UID precondition on the fresh object).
export default {
  id: 'deletion/ttl-stale-key-recreated-job',
  source: 'ttlafterfinished_controller.go processJob (lister by key, processTTL on the current object, fresh GET, Preconditions UID)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: t}}
  - at: 31s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: t}
      spec:
        ttlSecondsAfterFinished: 100
        template:
          metadata: {annotations: {jobsim/duration: "1m"}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  ttlSecondsAfterFinished: 100
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job').filter((j) => j.metadata.name === 't').sort((a, b) => h.sec(a.metadata.creationTimestamp) - h.sec(b.metadata.creationTimestamp));
    h.eq(jobs.length, 2, 'both objects in items');
    const [a, b] = jobs;
    h.eq([h.sec(a.metadata.deletionTimestamp), a.metadata.generation], [30, 1], 'first: deleted by the user');
    h.eq(h.sec(h.hasCond(b, 'Complete').lastTransitionTime), 92, 'second: Complete at 92s');
    h.eq([h.sec(b.metadata.deletionTimestamp), b.metadata.generation], [192, 2], 'second: deleted by TTL 100s after its own Complete');
  },
};
