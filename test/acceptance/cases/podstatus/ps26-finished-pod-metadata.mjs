// After the Job controller counts a finished pod it removes the job-tracking finalizer: the stored pod then has no
// finalizers field at all (empty slice, omitempty), keeps generation 1 (status and finalizer changes do not bump
// it) and its labels and ownerReference.
export default {
  id: 'podstatus/finished-pod-metadata',
  source: 'pkg/controller/job/job_controller.go trackJobStatusAndRemoveFinalizers / removeTrackingFinalizerPatch; pkg/registry/core/pod/strategy.go (generation bumped only on spec changes / graceful delete)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: f }
spec:
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: "5s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('f')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.assert(!('finalizers' in p.metadata), `finalizers still present: ${JSON.stringify(p.metadata.finalizers)}`);
    h.eq([p.metadata.generation, p.metadata.labels.app, p.metadata.labels['batch.kubernetes.io/job-name']], [1, 'x', 'f'], '[generation, app label, job-name label]');
    h.eq(p.metadata.deletionTimestamp, undefined, 'not deleted');
  },
};
