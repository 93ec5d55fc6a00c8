// Pods deleted by a suspension get the API server's graceful deletion: a bound pod deletionTimestamp = request
// + its terminationGracePeriodSeconds (5), an unscheduled pod is deleted at once (grace 0, deletionTimestamp =
// request time). The finalizer was removed first, so neither is counted as failed.
export default {
  id: 'mutations/suspend-deletion-grace',
  source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete (period from terminationGracePeriodSeconds; 0 when spec.nodeName is empty); apiserver registry BeforeDelete (deletionTimestamp = now + grace); job_controller.go deleteJobPods',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 2m
  timeline:
  - {at: 20s, patch: {kind: Job, name: x, spec: {suspend: true}}}
  - {at: 20s, patch: {kind: Job, name: u, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      terminationGracePeriodSeconds: 5
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: u}
spec:
  template:
    spec:
      nodeSelector: {nope: nope}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x').map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers ?? []]), [[25, 5, []], [25, 5, []]], 'x pods');
    h.eq(h.podsOf('u').map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.spec.nodeName ?? null]), [[20, 0, null]], 'u pod');
    for (const n of ['x', 'u']) {
      const j = h.job(n);
      h.eq([j.status.failed ?? 0, j.status.active ?? 0], [0, 0], `${n} [failed, active]`);
      h.hasCond(j, 'Suspended', 'JobSuspended');
    }
  },
};
