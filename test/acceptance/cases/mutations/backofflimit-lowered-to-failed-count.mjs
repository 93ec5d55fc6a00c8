// failed 2, backoffLimit lowered to 2 at 35s: 2 > 2 is false, the Job goes on (next pod after the 20s back-off,
// at 50s); its failure makes failed 3 > 2: Failed at 61s, BackoffLimitExceeded.
export default {
  id: 'mutations/backofflimit-lowered-to-failed-count',
  source: 'job_controller.go syncJob (exceedsBackoffLimit: failed > *BackoffLimit), getRemainingTime (10s*2^(n-1)); reference §2.4 step 4, §3.3',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 35s, patch: {kind: Job, name: x, spec: {backoffLimit: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50], 'pod creation times');
    const j = h.job('x');
    h.eq(j.status.failed, 3, 'failed');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([f.message, h.sec(f.lastTransitionTime)], ['Job has reached the specified backoff limit', 61], 'Failed condition');
  },
};
