// A Job held by its own finalizer is deleted at 10s, the instant its only pod exits 1 (backoffLimit 0). The
// deletion bumps the Job's generation (immediate sync); that sync sees the new failure: a Job being deleted still
// gets FailureTarget and Failed (BackoffLimitExceeded, same sync, nothing terminating) and counts the pod.
export default {
  id: 'jobctl/deleting-job-still-fails-backofflimit',
  source: 'job_controller_test.go TestControllerSyncJob "too many job failures" (deleting: true, failedPods 1 -> expectedFailed 1, Failed BackoffLimitExceeded "Job has reached the specified backoff limit"); job_controller.go syncJob (exceedsBackoffLimit evaluated whatever the DeletionTimestamp), updateJob (generation change -> enqueueSyncJobImmediately); apiserver registry store.go markAsDeleting (generation + 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dj}
spec:
  duration: 1m
  timeline:
  - {at: 10s, delete: {kind: Job, name: dj}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dj, finalizers: [example.com/keep]}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('dj');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.finalizers], [10, ['example.com/keep']], 'Job held, deleting since 10s');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 10],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 10],
    ], 'conditions');
    h.eq([j.status.failed, j.status.active, j.status.terminating], [1, undefined, 0], '[failed, active, terminating]');
    const pods = h.podsOf('dj');
    h.eq(pods.map((p) => [p.status.phase, p.metadata.finalizers ?? []]), [['Failed', []]], 'pod');
    h.eq(h.events({ kind: 'Job', name: 'dj' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]), [[0, 'Normal', 'SuccessfulCreate'], [10, 'Warning', 'BackoffLimitExceeded']], 'events');
  },
};
