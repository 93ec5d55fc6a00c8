// A Job held by a user finalizer is deleted (background) at 5s: it stays with its deletionTimestamp and the
// garbage collector leaves its pod alone (background waits for the owner to be gone). The Job controller's sync
// of a Job being deleted removes every pod's tracking finalizer at once (canRemoveFinalizer), so the pod's
// success at 10s is never counted; a later patch (suspend + parallelism 2, accepted: generation 3) runs no
// manageJob: no new pod, no Suspended condition or event.
export default {
  id: 'mutations2/deleting-job-patched-no-manage',
  source: 'job_controller.go syncJob (manageJob only when satisfiedExpectations && job.DeletionTimestamp == nil; suspend conditions only when manageJobCalled), canRemoveFinalizer (DeletionTimestamp != nil -> true), trackJobStatusAndRemoveFinalizers (a running pod is neither succeeded nor failed); reference job-controller §8 "A Job being deleted is not suspended"',
  args: ['--duration', '2m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5s, delete: {kind: Job, name: j}}
  - {at: 8s, patch: {kind: Job, name: j, spec: {suspend: true, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/hold]}
spec:
  completions: 3
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.status.succeeded ?? 0, j.status.failed ?? 0, j.status.active ?? 0], [5, 3, 0, 0, 0], '[deletionTimestamp, generation, succeeded, failed, active]');
    h.eq((j.status.conditions ?? []).map((c) => c.type), [], 'no condition');
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [p.status.phase, p.metadata.deletionTimestamp ?? null, p.metadata.finalizers ?? []]), [['Succeeded', null, []]], 'one pod, not deleted, no finalizer');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => e.reason), ['SuccessfulCreate'], 'Job events');
  },
};
