// A TTL added while the Job runs applies once it finishes: Complete at 61s (pod of 1m + 1s batching), deleted at 81s.
export default {
  id: 'deletion/ttl-set-while-running',
  source: 'ttlafterfinished_controller.go needsCleanup (finished only), timeLeft; job validation: ttlSecondsAfterFinished mutable',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  timeline:
  - {at: 5s, patch: {kind: Job, name: running, spec: {ttlSecondsAfterFinished: 20}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: running}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('running');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 61, 'Complete at +61s');
    h.eq(h.sec(j.metadata.deletionTimestamp), 81, 'deleted 20s later');
    h.eq(j.metadata.generation, 3, 'patch + foreground deletion');
  },
};
