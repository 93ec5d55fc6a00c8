// Failed pods (counted with `failed > backoffLimit`) and restarts of the running pod (summed with `>=`) are two
// separate rules. Pod-level activeDeadlineSeconds 25 fails each crash-looping pod after one restart (restartCount 1
// < backoffLimit 2 each time); pods at 0s, 30s and 70s (pod-recreation back-off 10s, 20s from the Ready=False
// time). The third failure (95s) makes failed 3 > 2: the sync at 96s sets FailureTarget and, with no pod left
// terminating, Failed in the same sync.
export default {
  id: 'onfailure/failed-pods-and-restarts-both-count',
  source: 'job_controller.go syncJob (exceedsBackoffLimit := failed > backoffLimit; || pastBackoffLimitOnFailure), trackJobStatusAndRemoveFinalizers + enactJobFinished in one sync; backoff_utils.go getFinishedTime; reference job §2.4 step 4, §2.8, §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      activeDeadlineSeconds: 25
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 96], ['Failed', 'BackoffLimitExceeded', 96]], 'conditions');
    h.eq(job.status.failed, 3, 'failed');
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.reason, p.status.containerStatuses[0].restartCount]), [
      [0, 'Failed', 'DeadlineExceeded', 1], [30, 'Failed', 'DeadlineExceeded', 1], [70, 'Failed', 'DeadlineExceeded', 1]], 'pods');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).length, 0, 'nothing to delete');
  },
};
