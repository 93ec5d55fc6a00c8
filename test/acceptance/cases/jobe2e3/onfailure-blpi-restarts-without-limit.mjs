// An Indexed Job with backoffLimitPerIndex 1 and restartPolicy OnFailure: backoffLimit defaults to 2147483647 when
// backoffLimitPerIndex is set, and an OnFailure container that keeps failing is restarted in place, so its pod never fails:
// after an hour the pod has restarted 16 times (crash-loop back-off 0, 10s, 20s ... capped at 300s), the Job is still
// active with no failure counted, no failed index and no condition.
export default {
  id: 'jobe2e3/onfailure-blpi-restarts-without-limit',
  source: 'test/e2e/apps/job.go ConformanceIt "should run a job to completion when tasks sometimes fail and are locally restarted" (RestartPolicyOnFailure) with test/integration/job/job_test.go TestBackoffLimitPerIndex; apis/batch/v1/defaults.go SetDefaults_Job (BackoffLimit = math.MaxInt32 when BackoffLimitPerIndex != nil); job_controller.go pastBackoffLimitOnFailure (restarts >= BackoffLimit); kubelet crash-loop back-off (10s doubling, 300s cap)',
  args: ['--duration', '1h'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ob}
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 1
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('ob');
    h.eq([job.spec.backoffLimit, job.status.active, job.status.failed, job.status.failedIndexes, job.status.conditions], [2147483647, 1, undefined, '', undefined],
      '[backoffLimit, active, failed, failedIndexes, conditions]');
    const pods = h.podsOf('ob');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount, p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]), [['Running', 16, '0']], 'pods [phase, restartCount, failure-count]');
  },
};
