// backoffLimitPerIndex with OnFailure counts failed pods of the index, not restarts: index 0's pods crash-loop and
// are failed by the pod-level activeDeadlineSeconds 25 (restartCount 1 each). The first pod (failure count 0)
// fails at 25s, its replacement comes after the per-index back-off from its finish time (Ready=False at 20s):
// 30s, with annotation job-index-failure-count "1"; it fails at 55s, 1 >= backoffLimitPerIndex 1: index 0 failed,
// FailureTarget and Failed FailedIndexes at 56s (nothing left terminating), failedIndexes "0", failed 2.
export default {
  id: 'onfailure/blpi-pod-ads-index-fails',
  source: 'job_controller.go syncJob (calculateFailedIndexes, "Job has failed indexes"), getPodCreationInfoForIndependentIndexes; indexed_job_utils.go isIndexFailed (failure count >= backoffLimitPerIndex), addIndexFailureCountAnnotation; backoff_utils.go getRemainingTimePerIndex; reference job §3.4, §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 1
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      activeDeadlineSeconds: 25
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase, p.status.containerStatuses[0].restartCount]), [
      [0, '0', 'Failed', 1], [30, '1', 'Failed', 1]], 'pods [created, failure count, phase, restarts]');
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 56], ['Failed', 'FailedIndexes', 'Job has failed indexes', 56]], 'conditions');
    h.eq([job.status.failedIndexes, job.status.failed], ['0', 2], '[failedIndexes, failed]');
  },
};
