// TestSyncJobDeleted (a Job gone from the store: no creation, no deletion) and the "deleted job" rows of
// TestTrackJobStatusAndRemoveFinalizers / TestWatchOrphanPods: deleting a running Job (kubectl delete,
// background propagation) leaves the Job controller with nothing to do: no pod created or deleted by it,
// no event; the pods lose the tracking finalizer and the garbage collector deletes them (graceful:
// deletionTimestamp = 5s + 30s).
export default {
  id: 'jobtable/sync-job-deleted',
  source: 'job_controller_test.go TestSyncJobDeleted, TestWatchOrphanPods "job_does_not_exist"; job_controller.go syncJob (NotFound: forget), deleteJob (cleanupPodFinalizers); reference §2.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  timeline:
  - {at: 5s, delete: {kind: Job, name: del}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: del}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('del');
    h.eq(h.sec(job.metadata.deletionTimestamp), 5, 'Job deletionTimestamp');
    const pods = h.podsOf('del');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]), [[0, 35, []], [0, 35, []]], 'pods [created, deletionTimestamp, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'del' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 0]], 'job-controller events: only the two creations');
    h.eq(r.spec.endedBy, 'quiet', 'nothing left to do');
  },
};
