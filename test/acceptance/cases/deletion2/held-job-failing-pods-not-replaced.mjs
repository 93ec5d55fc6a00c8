// A Job held by its own finalizer, deleted at 5s while its two pods run (exit 1 at 10s, backoffLimit 0). The Job
// controller runs no manageJob for a Job being deleted and strips the tracking finalizers at 5s, so the failures at 10s
// are not counted: no replacement pod, status.failed absent, no FailureTarget or Failed condition, no
// BackoffLimitExceeded event.
export default {
  id: 'deletion2/held-job-failing-pods-not-replaced',
  source: 'job_controller.go syncJob (manageJob only when job.DeletionTimestamp == nil), canRemoveFinalizer (DeletionTimestamp != nil), getValidPodsWithFilter (pods without the finalizer are not counted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 5s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  backoffLimit: 0
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.status.failed, j.status.conditions, j.status.active], [undefined, undefined, undefined], 'failures not counted');
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [p.status.phase, p.metadata.finalizers, p.metadata.deletionTimestamp]), [['Failed', undefined, undefined], ['Failed', undefined, undefined]], 'two pods, untracked, not deleted');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => e.reason), ['SuccessfulCreate', 'SuccessfulCreate'], 'only the creations');
  },
};
