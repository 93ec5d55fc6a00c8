// TestControllerSyncJob row "suspending a deleted job" ("since this job is being deleted, we don't expect anything
// changed here from before the job was suspended. The JobSuspended condition is also missing."): a Job held by its
// own finalizer is deleted (kubectl, background) and then patched with suspend: true. The API server accepts updates
// to an object that is being deleted, as kubectl patch would; the Job controller runs no manageJob for it: no pod
// is deleted by the suspension, no Suspended condition, no Suspended event; the pods run to completion.
// (jobsim currently rejects the scenario: 'jobs.batch "del" not found (deleted earlier in the timeline)'.)
export default {
  id: 'upstreamtests/suspending-a-deleted-job',
  source: 'pkg/controller/job/job_controller_test.go TestControllerSyncJob "suspending a deleted job" (expectedDeletions 0, expectedActive 2, no conditions); job_controller.go syncJob (manageJob only when job.DeletionTimestamp == nil); registry store.go Update of an object with deletionTimestamp and pending finalizers is allowed',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: g}
spec:
  duration: 3m
  timeline:
  - {at: 10s, delete: {kind: Job, name: del}}
  - {at: 20s, patch: {kind: Job, name: del, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: del, finalizers: [example.com/block]}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('del');
    h.eq([job.spec.suspend, h.sec(job.metadata.deletionTimestamp)], [true, 10], 'suspend patched on the Job being deleted');
    h.eq(h.anyCond(job, 'Suspended'), undefined, 'no Suspended condition');
    h.eq(h.events({ kind: 'Job' }).map((e) => e.reason), ['SuccessfulCreate', 'SuccessfulCreate'], 'no SuccessfulDelete, no Suspended event');
    h.eq(h.podsOf('del').map((p) => [p.status.phase, p.metadata.deletionTimestamp]), [['Succeeded', undefined], ['Succeeded', undefined]], 'pods ran to completion');
  },
};
