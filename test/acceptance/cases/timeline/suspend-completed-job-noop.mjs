// Suspending a Job that already completed is accepted by the API server, but syncJob returns early
// for a finished Job: no Suspended condition, no event, completion untouched.
export default {
  id: 'timeline/suspend-completed-job-noop',
  source: 'job_controller.go syncJob (IsJobFinished: return early, "the job has already finished"); validation.go (suspend mutable); reference job §2.2, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: done}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {suspend: true, parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.spec.suspend, j.spec.parallelism, j.metadata.generation], [true, 3, 2], 'patched spec');
    h.eq(h.anyCond(j, 'Suspended'), undefined, 'no Suspended condition');
    h.hasCond(j, 'Complete');
    h.eq(h.sec(j.status.completionTime), 11, 'completionTime kept');
    h.eq(h.events({ reason: 'Suspended' }).length, 0, 'no Suspended event');
    h.eq(h.podsOf('j').length, 1, 'no new pods');
  },
};
