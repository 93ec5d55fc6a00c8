// e2e "should delete failed finished jobs with limit of one job", exact times: /bin/false under OnFailure, backoffLimit 1.
// Each Job's container fails at +10s and restarts at once (restartCount 1); the sync at +11s sees restarts >= backoffLimit:
// FailureTarget BackoffLimitExceeded, the pod is deleted (exit 143) and Failed is set at +12s once it ended (Warning event).
// The CronJob sees it (SawCompletedJob, condition: Failed); at 2m12s the older failed Job is deleted first (limit 1).
export default {
  id: 'e2e2/cronjob-history-failed-events',
  source: 'test/e2e/apps/cronjob.go "should delete failed finished jobs with limit of one job" (failureCommand, backoffLimit 1, ensureHistoryLimits); job_controller.go pastBackoffLimitOnFailure (sum of restartCount >= backoffLimit), syncJob (FailureTarget, then Failed when terminating == 0); cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: failed-jobs-history-limit}
spec:
  schedule: "*/1 * * * ?"
  successfulJobsHistoryLimit: 0
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: busybox, command: [/bin/false]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const n = (m) => `failed-jobs-history-limit-${29453760 + m}`;
    const jobs = h.jobsOf('failed-jobs-history-limit');
    h.eq(jobs.map((j) => [j.metadata.name, j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), j.status.failed, h.sec(j.metadata.deletionTimestamp)]), [
      [n(1), [['FailureTarget', 'BackoffLimitExceeded', 71], ['Failed', 'BackoffLimitExceeded', 72]], 1, 132],
      [n(2), [['FailureTarget', 'BackoffLimitExceeded', 131], ['Failed', 'BackoffLimitExceeded', 132]], 1, undefined]], 'jobs');
    const pod = h.podsOf(n(2))[0];
    const cs = pod.status.containerStatuses[0];
    h.eq([pod.status.phase, cs.restartCount, cs.lastState.terminated.exitCode, cs.state.terminated.exitCode, h.sec(pod.metadata.deletionTimestamp)], ['Failed', 1, 1, 143, 161], 'pod: one restart in place, then killed by the Job controller');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', `Created job ${n(1)}`, 60], ['SawCompletedJob', `Saw completed job: ${n(1)}, condition: Failed`, 72],
      ['SuccessfulCreate', `Created job ${n(2)}`, 120], ['SuccessfulDelete', `Deleted job ${n(1)}`, 132], ['SawCompletedJob', `Saw completed job: ${n(2)}, condition: Failed`, 132]], 'cronjob events');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.involvedObject.name, e.reason, e.message, h.sec(e.firstTimestamp)]), [
      [n(1), 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 72], [n(2), 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 132]], 'job warnings');
    h.eq(h.cronjob('failed-jobs-history-limit').status.lastSuccessfulTime, undefined, 'no lastSuccessfulTime');
  },
};
