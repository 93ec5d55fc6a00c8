// completions 5, parallelism 2 (10s pods): 2 succeed at 10s, 2 more start at 11s. parallelism 5 at 15s:
// wantActive = min(5 - 2, 5) = 3, one pod created. parallelism 2 at 17s: wantActive = min(3, 2) = 2, so one pod
// is deleted, the one ready for the least time (created at 15s); not counted as failed. Pods 3 and 4 succeed at
// 21s; one more pod at 22s (wantActive = min(1, 2)); Complete at 33s.
export default {
  id: 'mutations/parallelism-down-after-successes',
  source: 'job_controller.go manageJob (wantActive = min(completions - succeeded, parallelism); rmAtLeast = active - wantActive; activePodsForRemoval), controller_utils.go ActivePods.Less',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 15s, patch: {kind: Job, name: x, spec: {parallelism: 5}}}
  - {at: 17s, patch: {kind: Job, name: x, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 5
  parallelism: 2
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.deletionTimestamp ? h.sec(p.metadata.deletionTimestamp) : null]);
    h.eq(pods, [[0, 'Succeeded', null], [0, 'Succeeded', null], [11, 'Succeeded', null], [11, 'Succeeded', null], [15, 'Failed', 47], [22, 'Succeeded', null]], 'pods [created, phase, deletionTimestamp]');
    const j = h.job('x');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [5, 0, 33], '[succeeded, failed, completionTime]');
  },
};
