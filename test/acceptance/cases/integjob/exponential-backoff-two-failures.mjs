// TestJobPodsCreatedWithExponentialBackoff: two failures of a one-pod Job; the second pod is created between 1x and 2x
// the base back-off after the first pod finished, the third between 2x and 4x after the second finished. With the
// default 10s base: +10s and +20s exactly (the controller requeues for the remaining time).
export default {
  id: 'integjob/exponential-backoff-two-failures',
  source: 'test/integration/job/job_test.go TestJobPodsCreatedWithExponentialBackoff, validateExpotentialBackoffDelay; backoff_utils.go getRemainingTimeForFailuresCount; reference §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: eb}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('eb');
    const fin = (p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt);
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, fin(p)]), [[0, 'Failed', 10], [20, 'Failed', 30], [50, 'Succeeded', 60]], 'pods [created, phase, finished]');
    h.eq(h.sec(pods[1].metadata.creationTimestamp) - fin(pods[0]), 10, 'second pod after first finished');
    h.eq(h.sec(pods[2].metadata.creationTimestamp) - fin(pods[1]), 20, 'third pod after second finished');
    const job = h.job('eb');
    h.eq([job.status.failed, job.status.succeeded, job.status.active ?? 0, job.status.terminating, job.status.ready], [2, 1, 0, 0, 0], '[failed, succeeded, active, terminating, ready]');
  },
};
