// The only rule is FailJob for exit codes 5,6,7; the pod exits 10: no rule matches, the failure is
// counted, and with backoffLimit 0 the Job fails with BackoffLimitExceeded (not PodFailurePolicy).
export default {
  id: 'jobtbl2/pfp-default-exit-code-backoff-zero',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "default job based on OnExitCodes" (exit 10, rule In [5,6,7], backoffLimit 0: BackoffLimitExceeded, failed 1); reference §2.4 step 4, §5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { containerName: main-container, operator: In, values: [5, 6, 7] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "10" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([ft.message, f.message, h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], ['Job has reached the specified backoff limit', 'Job has reached the specified backoff limit', 11, 11], 'conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0, j.status.active ?? 0], [1, 0, 0], '[failed, succeeded, active]');
    h.eq(h.events({ reason: 'BackoffLimitExceeded', name: 'x' }).map((e) => [e.type, e.message]), [['Warning', 'Job has reached the specified backoff limit']], 'event');
  },
};
