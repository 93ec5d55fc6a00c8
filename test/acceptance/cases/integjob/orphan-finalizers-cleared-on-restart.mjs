// TestOrphanPodsFinalizersClearedOnRestart: the Job (parallelism 1) is deleted while the Job controller is down; once
// it is back, no pod of the Job keeps the batch.kubernetes.io/job-tracking finalizer (validateNoOrphanPodsWithFinalizers).
export default {
  id: 'integjob/orphan-finalizers-cleared-on-restart',
  source: 'test/integration/job/job_test.go TestOrphanPodsFinalizersClearedOnRestart; job_controller.go (orphan pod finalizer removal); reference §12',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: orphan-restart}
spec:
  duration: 5m
  faults:
    - {at: 5s, controllerDown: job, for: 60s}
  timeline:
    - {at: 10s, delete: {kind: Job, name: or}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: or}
spec:
  parallelism: 1
  template:
    metadata: {annotations: {jobsim/duration: 300s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('or');
    h.eq(pods.length, 1, 'pods');
    h.eq(pods[0].metadata.finalizers ?? [], [], 'finalizers of the orphaned pod');
    h.assert(pods[0].metadata.deletionTimestamp !== undefined, 'pod deleted');
    h.assert(h.job('or').metadata.deletionTimestamp !== undefined, 'job deleted');
  },
};
