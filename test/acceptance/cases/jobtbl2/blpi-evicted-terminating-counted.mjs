// backoffLimitPerIndex 1, no podFailurePolicy (podReplacementPolicy TerminatingOrFailed). Index 0's pod
// is evicted at +5s and stays terminating 20s (preStop sleep). Being deleted, it is a failure at once,
// kept as the index's delayed-deletion pod; its finish time is +5s, so the replacement comes at +15s
// (failure-count 1), and the evicted pod is counted then (failed 1) although it terminates at +25s.
export default {
  id: 'jobtbl2/blpi-evicted-terminating-counted',
  source: 'job_controller_test.go TestControllerSyncJob "indexed job with some pods deleted, podReplacementPolicy TerminatingOrFailed" + TestSyncJobWithJobBackoffLimitPerIndex "single failed pod replaced already"; job_controller.go isPodFailed (deletionTimestamp), indexed_job_utils.go getPodsWithDelayedDeletionPerIndex; backoff_utils.go getFinishedTime; reference §2.1, §3.3, §3.4, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  faults:
  - { at: 5s, evictPod: default/x-0-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 1
  completionMode: Indexed
  backoffLimitPerIndex: 1
  template:
    metadata: { annotations: { jobsim/duration: 60s } }
    spec:
      terminationGracePeriodSeconds: 30
      containers:
      - name: c
        image: busybox
        lifecycle: { preStop: { sleep: { seconds: 20 } } }
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const pods = h.podsOf('x');
    const ann = (p) => p.metadata.annotations;
    h.eq(pods.map((p) => [p.metadata.name, ann(p)['batch.kubernetes.io/job-index-failure-count'], h.sec(p.metadata.creationTimestamp)]), [['x-0-bn7wn', '0', 0], [pods[1]?.metadata.name, '1', 15]], 'pods');
    const c = h.hasCond(j, 'Complete');
    h.eq(h.sec(c.lastTransitionTime), 76, 'Complete');
    h.eq([j.status.failed, j.status.succeeded, j.status.failedIndexes], [1, 1, ''], '[failed, succeeded, failedIndexes]');
  },
};
