// Rules are tried in order and the first match wins: a Count rule on Ready=False (true of every failed pod) comes
// before a FailJob rule on exit code 42, so the pods exiting 42 are merely counted. backoffLimit 1: first failure
// at 10s, replacement at 20s (10s back-off), second failure at 30s: BackoffLimitExceeded at 31s, never
// PodFailurePolicy.
export default {
  id: 'jobctl/pfp-count-ready-false-shadows-failjob',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "count pod failure based on OnPodConditions; both rules are matching, the first is executed only"; pod_failure_policy.go matchPodFailurePolicy (rules in order, first match returns); job_controller.go syncJob exceedsBackoffLimit (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: cr}
spec:
  backoffLimit: 1
  podFailurePolicy:
    rules:
    - action: Count
      onPodConditions:
      - {type: Ready, status: "False"}
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/exit-codes: "42"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('cr');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Failed', 42], [20, 'Failed', 42]], 'pods');
    const j = h.job('cr');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 31],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 31],
    ], 'conditions');
    h.eq(j.status.failed, 2, 'failed');
  },
};
