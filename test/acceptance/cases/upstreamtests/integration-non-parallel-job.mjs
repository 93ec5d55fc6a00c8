// Integration TestNonParallelJob: a Job with one pod; the failed pod is replaced (after the 10s pod back-off from its
// finish), no more pods are created once it succeeds; final Failed 1, Succeeded 1, Complete.
export default {
  id: 'upstreamtests/integration-non-parallel-job',
  source: 'test/integration/job/job_test.go TestNonParallelJob ("Failed Pod is replaced", "No more Pods are created after the Pod succeeds"; Failed 1, Succeeded 1); backoff_utils.go getRemainingTimeForFailuresCount (10s)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: simple}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('simple').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.finalizers ?? []]), [[0, 'Failed', []], [15, 'Succeeded', []]], 'pods [created, phase, finalizers]');
    const job = h.job('simple');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 21], ['Complete', 'CompletionsReached', 21]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active ?? 0], [1, 1, 0], 'counters');
  },
};
