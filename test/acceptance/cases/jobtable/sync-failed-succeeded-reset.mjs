// TestControllerSyncJob row "failed + succeeded pods: reset backoff delay": a success seen after a
// failure resets the back-off, so the pods are created at once. Parallelism 1 raised to 2 at 5s; the
// first pod fails at 10s (replacement held by the back-off until 20s); the second succeeds at 15s and
// the sync at 16s creates both missing pods at once.
export default {
  id: 'jobtable/sync-failed-succeeded-reset',
  source: 'job_controller_test.go TestControllerSyncJob "failed + succeeded pods: reset backoff delay"; backoff_utils.go newBackoffRecord (successes reset failuresAfterLastSuccess); reference §3.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rs}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: rs, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rs}
spec:
  parallelism: 1
  completions: 5
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('rs');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [5, 'Succeeded'], [16, 'Succeeded'], [16, 'Succeeded'], [27, 'Succeeded'], [27, 'Succeeded']], 'pods [created, phase]');
    const job = h.job('rs');
    h.eq([job.status.succeeded, job.status.failed], [5, 1], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 38, 'Complete');
  },
};
