// A timeline create and a patch of the new Job at the same instant apply in document order before
// the Job controller syncs: the Job is suspended before it ever starts (no pod, no startTime,
// Suspended=True at 1h); a patch listed before the create at that instant finds nothing.
export default {
  id: 'timeline/create-then-patch-same-instant',
  source: 'CONTRACT.md §2 timeline (create, patch; as kubectl would); README Time and randomness (input first at an instant, in order); job_controller.go syncJob (StartTime only when not suspended; JobSuspended condition)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cp}
spec:
  duration: 2h
  timeline:
  - at: 1h
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
  - {at: 1h, patch: {kind: Job, name: late, spec: {suspend: true}}}
`,
  check(r, h) {
    const j = h.job('late');
    h.eq(h.sec(j.metadata.creationTimestamp), 3600, 'created at 1h');
    h.eq(h.podsOf('late').length, 0, 'no pod');
    h.eq(j.status.startTime, undefined, 'never started');
    const s = h.hasCond(j, 'Suspended', 'JobSuspended');
    h.eq([h.sec(s.lastTransitionTime), s.message], [3600, 'Job suspended'], 'Suspended at 1h');
    h.eq(j.metadata.generation, 2, 'generation');
  },
};
