// Pods created from a template with finalizers [example.com/pod]: the Job is deleted (background) at 30s, the garbage
// collector deletes the pod (grace 30: deletionTimestamp 60s), the kubelet kills it (exit 143, Failed) and the Job
// controller strips only its own tracking finalizer. The user's finalizer stays, so the pod object remains in the API
// (last state: finalizers [example.com/pod], deletionTimestamp set) to the end of the run.
export default {
  id: 'deletion2/template-finalizer-holds-pod-after-job-deleted',
  source: 'pkg/controller/controller_utils.go GetPodFromTemplate (template finalizers copied); job_controller.go syncOrphanPod/removeTrackingFinalizerPatch (only batch.kubernetes.io/job-tracking); registry store.go (an object with finalizers is not removed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata:
      finalizers: [example.com/pod]
      annotations: {jobsim/duration: "1h"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 30], 'collected gracefully');
    h.eq(p.status.phase, 'Failed', 'killed');
    h.eq(p.status.containerStatuses[0].state.terminated.exitCode, 143, 'SIGTERM');
    h.eq(p.metadata.finalizers, ['example.com/pod'], 'held by the template finalizer');
  },
};
