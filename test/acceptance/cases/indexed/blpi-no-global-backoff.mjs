// With backoffLimitPerIndex the global back-off record is not used for creation: three indexes failing at 10s are all
// re-created at 20s (each index's first failure: 10s), not after 40s as the global record (3 failures) would delay.
export default {
  id: 'indexed/blpi-no-global-backoff',
  source: 'job_controller.go manageJob (global remainingTime only when !hasBackoffLimitPerIndex; getPodCreationInfoForIndependentIndexes); job_controller_test.go TestGetPodCreationInfoForIndependentIndexes; reference §3.4',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ng}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 1
  template:
    metadata:
      annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = h.events({ kind: 'Job', name: 'ng', reason: 'SuccessfulCreate' }).map((e) => [e.message.replace(/^Created pod: (ng-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]);
    h.eq(created, [['ng-0', 0], ['ng-1', 0], ['ng-2', 0], ['ng-0', 20], ['ng-1', 20], ['ng-2', 20]], 'pod creations');
    const job = h.job('ng');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes, h.sec(job.status.completionTime)], [3, 3, '0-2', 31], '[failed, succeeded, completedIndexes, completionTime]');
  },
};
