// A suspended Job with ttlSecondsAfterFinished 0 never finishes (Suspended is not Complete/Failed), so the TTL
// controller never deletes it.
export default {
  id: 'deletion/ttl-suspended-job-never-deleted',
  source: 'ttlafterfinished_controller.go needsCleanup (jobutil.IsJobFinished: Complete or Failed True)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 1h
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('s');
    h.hasCond(j, 'Suspended', 'JobSuspended');
    h.eq(j.metadata.deletionTimestamp, undefined, 'never deleted');
    h.eq(r.counts.Pod ?? 0, 0, 'no pod');
  },
};
