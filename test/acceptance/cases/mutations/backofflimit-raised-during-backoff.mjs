// backoffLimit 1 raised to 3 at 25s (failed 1, in the 10s..20s window): the Job keeps retrying with the
// exponential back-off (pods at 0, 20, 50, 100s) and fails when failed = 4 > 3, at 111s.
export default {
  id: 'mutations/backofflimit-raised-during-backoff',
  source: 'job_controller.go syncJob (failed > backoffLimit read from the current spec each sync), getRemainingTime; reference §3.3',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 25s, patch: {kind: Job, name: x, spec: {backoffLimit: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100], 'pod creation times');
    const j = h.job('x');
    h.eq(j.status.failed, 4, 'failed');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 111, 'Failed at');
  },
};
