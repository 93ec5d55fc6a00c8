// A Job create refused by the API server (FailedCreate) makes syncCronJob return the error, so the key is re-added
// rate-limited (5ms doubling, capped at 1000s) and never Forgotten: the CronJob keeps being synced and, once the
// 02:00 slot has passed, the retry at 01:00:00.1 + 5ms*(2^18-1) + 3*1000s = 02:11:50.8 tries (and fails) the 02:00 Job.
export default {
  id: 'cronrows/failedcreate-rate-limited-retry-next-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (CreateJob default error: FailedCreate "Error creating job: %v", return nil, updateStatus, err), sync (requeueAfter nil -> return nil, syncErr), processNextWorkItem (err != nil -> queue.AddRateLimited); client-go workqueue DefaultTypedControllerRateLimiter (ItemExponentialFailureRateLimiter 5ms..1000s)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2h30m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hello}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {job-name: custom}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const fc = h.events({ kind: 'CronJob', reason: 'FailedCreate' });
    const first = (name) => fc.find((e) => e.message.includes(`"${name}"`));
    h.assert(first('hello-29453820'), 'FailedCreate for the 01:00 Job');
    h.eq(first('hello-29453820').firstTimestamp, '2026-01-01T01:00:00Z', 'first 01:00 failure');
    const second = first('hello-29453880');
    h.assert(second, `the retries reach the 02:00 slot: FailedCreate for hello-29453880 (FailedCreate events: ${fc.length})`);
    h.eq([second.type, second.firstTimestamp], ['Warning', '2026-01-01T02:11:50Z'], 'the 02:00 Job is tried at the rate-limited retry after 02:00');
    h.eq(h.of('Job').length, 0, 'no Job');
  },
};
