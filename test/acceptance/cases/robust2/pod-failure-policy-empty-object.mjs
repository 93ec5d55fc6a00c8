// `podFailurePolicy: {}` is accepted (validatePodFailurePolicy requires no rule; rules is a nil slice): a
// policy that matches nothing, so each failure counts against backoffLimit, and the Job fails with
// BackoffLimitExceeded. (jobsim once stopped with an internal error at the first failed pod.)
export default {
  id: 'robust2/pod-failure-policy-empty-object',
  source: 'pkg/apis/batch/validation/validation.go validatePodFailurePolicy (only TooMany on rules); pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy (the loop over no rules: no match, counted)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: e}
spec:
  backoffLimit: 1
  podFailurePolicy: {}
  template:
    metadata:
      annotations: {jobsim/exit-codes: "1", jobsim/duration: 5s}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('e');
    h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq(j.status.failed, 2, 'two failures counted');
    h.eq(h.podsOf('e').length, 2, 'two pods');
  },
};
