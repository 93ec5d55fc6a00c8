// completions 3, parallelism 1: pod 1 succeeds at 10s, pod 2 (11s) is deleted by the suspension at 15s and not
// counted; the resume at 40s resets startTime and creates pod 3; pod 4 at 51s; Complete at 62s (succeeded 3).
export default {
  id: 'mutations/suspend-after-partial-success-resume',
  source: 'job_controller.go manageJob (suspended: deleteJobPods, finalizer removed first), syncJob (resume: StartTime = now), 1s pod-update batching; reference §8',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 15s, patch: {kind: Job, name: x, spec: {suspend: true}}}
  - {at: 40s, patch: {kind: Job, name: x, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 3
  parallelism: 1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]);
    h.eq(pods, [[0, 'Succeeded'], [11, 'Failed'], [40, 'Succeeded'], [51, 'Succeeded']], 'pods [created, phase]');
    const j = h.job('x');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.startTime), h.sec(j.status.completionTime), j.metadata.generation], [3, 0, 40, 62, 3], 'status');
  },
};
