// OnFailure, backoffLimit 2, a container that always exits 1 after 10s. The first pod restarts once (10s) and is deleted by
// a suspension at 15s; after the resume (40s) its restarts no longer count: only the restarts of the new pod (at 50s, then
// at 70s after the 10s crash-loop back-off) reach the limit, so FailureTarget BackoffLimitExceeded comes at 71s (not 51s),
// the pod is deleted and counted failed (failed 1), Failed at 72s.
export default {
  id: 'jobe2e3/onfailure-suspend-restarts-not-carried',
  source: 'test/e2e/apps/job.go ConformanceIt "should run a job to completion when tasks sometimes fail and are locally restarted" and "should delete pods when suspended"; test/integration/job/job_test.go TestSuspendJob; job_controller.go pastBackoffLimitOnFailure (sums RestartCount of Running/Pending pods only, result >= BackoffLimit), manageJob (suspend: deleteJobPods), syncJob (JobResumed resets StartTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: of}
spec:
  timeline:
    - {at: 15s, patch: {kind: Job, name: of, spec: {suspend: true}}}
    - {at: 40s, patch: {kind: Job, name: of, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: of}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('of');
    const m = 'Job has reached the specified backoff limit';
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 40],
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 71],
      ['Failed', 'True', 'BackoffLimitExceeded', 72],
    ], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.active ?? 0, job.status.terminating, h.sec(job.status.startTime)], [1, 0, 0, 0, 40],
      '[failed, succeeded, active, terminating, startTime]');
    const pods = h.podsOf('of');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.containerStatuses[0].restartCount, h.exitCodeOf(p)]),
      [[0, 'Failed', 1, 143], [40, 'Failed', 2, 143]], 'pods [created, phase, restartCount, exit code]');
    h.eq(h.events({ kind: 'Job', name: 'of' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [
      [0, 'SuccessfulCreate'], [15, 'SuccessfulDelete'], [15, 'Suspended'], [40, 'SuccessfulCreate'], [40, 'Resumed'],
      [71, 'SuccessfulDelete'], [72, 'BackoffLimitExceeded']], 'Job events');
    h.eq(job.status.conditions.find((c) => c.type === 'Failed').message, m, 'Failed message');
  },
};
