// e2e "should remove pods when job is deleted" / ConformanceIt "should delete a job": two never-ending pods; the Job is
// deleted at 20s with background propagation (DeleteResourceAndWaitForGC); the garbage collector deletes both pods
// (graceful: deletionTimestamp 20s + 30s), they exit on SIGTERM, the orphaned pods lose the tracking finalizer and
// are gone; no replacement pod is created.
export default {
  id: 'e2e2/delete-job-removes-pods',
  source: 'test/e2e/apps/job.go "should remove pods when job is deleted" and ConformanceIt "should delete a job" (WaitForJobPodsRunning, DeleteResourceAndWaitForGC, WaitForAllJobPodsGone, GetJob NotFound); garbagecollector.go attemptToDeleteItem (background); job_controller.go enqueueOrphanPod/syncOrphanPod (finalizer removal)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 20s, delete: {kind: Job, name: all-pods-removed}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: all-pods-removed}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 24h}}
    spec:
      containers: [{name: c, image: registry.k8s.io/pause:3.10}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('all-pods-removed');
    h.eq(h.sec(job.metadata.deletionTimestamp), 20, 'job deleted at 20s');
    h.eq([job.status.active, job.status.ready], [2, 2], 'job status when deleted');
    const pods = h.podsOf('all-pods-removed');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp), (p.metadata.finalizers ?? []).length, h.sec(p.status.containerStatuses[0].state.terminated?.finishedAt)]), [[0, 50, 0, 20], [0, 50, 0, 20]], 'pods deleted by the GC, finalizers gone');
    h.eq(h.of('Pod').length, 2, 'no replacement pods');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 0]], 'job events: no SuccessfulDelete from the Job controller');
    h.eq(h.events({ reason: 'Killing' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]).sort(), pods.map((p) => [p.metadata.name, 20]).sort(), 'Killing at 20s');
  },
};
