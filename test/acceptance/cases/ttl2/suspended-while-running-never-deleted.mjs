// ttlSecondsAfterFinished 0 and a suspension at 5s: the running pod is deleted (grace 30; exits 143 at once), the Job
// gets Suspended=True (JobSuspended) and is never finished, so the TTL controller never deletes it (run of 3m).
export default {
  id: 'ttl2/suspended-while-running-never-deleted',
  source: 'ttlafterfinished_controller.go needsCleanup (IsJobFinished false for Suspended); job_controller.go suspend (deleteActivePods, JobSuspended)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 5s, patch: {kind: Job, name: r, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('r');
    h.eq(h.sec(h.hasCond(j, 'Suspended', 'JobSuspended').lastTransitionTime), 5, 'suspended at 5s');
    h.noCond(j, 'Complete'); h.noCond(j, 'Failed');
    h.eq([j.metadata.deletionTimestamp, j.metadata.generation, j.metadata.finalizers], [undefined, 2, undefined], 'never deleted');
    const [p] = h.podsOf('r');
    h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 143, 5], 'pod killed by the suspension at 5s');
  },
};
