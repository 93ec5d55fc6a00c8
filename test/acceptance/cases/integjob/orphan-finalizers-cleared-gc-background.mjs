// TestOrphanPodsFinalizersClearedWithGC "Background": a running Job (parallelism 2) is deleted with background
// propagation; the GC deletes the pods and none keeps the job-tracking finalizer. The pods never finished, so the Job
// status counts nothing.
export default {
  id: 'integjob/orphan-finalizers-cleared-gc-background',
  source: 'test/integration/job/job_test.go TestOrphanPodsFinalizersClearedWithGC (Background; validateNoOrphanPodsWithFinalizers; TerminatedPodsTrackingFinalizerTotal 0); reference §12',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: orphan-gc}
spec:
  duration: 5m
  timeline:
    - {at: 10s, delete: {kind: Job, name: og}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: og}
spec:
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 300s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('og');
    h.eq(pods.map((p) => [p.metadata.finalizers ?? [], h.sec(p.metadata.deletionTimestamp)]), [[[], 40], [[], 40]], 'pods [finalizers, deletionTimestamp]');
    const job = h.job('og');
    h.eq([job.status.failed ?? 0, job.status.succeeded ?? 0], [0, 0], '[failed, succeeded]');
  },
};
