// TestGetRemainingBackoffTime rows "one failure; current time == 1 second + failure time" (remaining
// 10s - elapsed) and "one failure; current time == expected backoff time" (0: create): the failure time
// is the container's finishedAt as stored (whole seconds). The pod fails at 10.5s ("…:10Z"); the sync at
// 11.5s requeues for 8.5s and the replacement is created at 20.0s exactly, so it fails at 30.5s
// (finishedAt "…:30Z", not 31); backoffLimit 1: Failed at 31.5s.
export default {
  id: 'jobtable/backoff-remaining-subsecond',
  source: 'backoff_utils_test.go TestGetRemainingBackoffTime; backoff_utils.go getRemainingTimeForFailuresCount, getFinishedTime; job_controller.go manageJob (requeue after remaining); reference §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sub}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: 10500ms, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = (p) => p.status.containerStatuses[0].state.terminated;
    h.eq(h.podsOf('sub').map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(t(p).startedAt), h.sec(t(p).finishedAt)]), [[0, 0, 10], [20, 20, 30]], 'pods [created, startedAt, finishedAt]');
    const job = h.job('sub');
    h.eq(job.status.conditions.map((c) => [c.type, h.sec(c.lastTransitionTime)]), [['FailureTarget', 31], ['Failed', 31]], 'conditions');
  },
};
