// Lowering backoffLimit during the back-off (6 -> 2 at 15s, synced at once) does not shorten the wait: the second
// pod is still created at 20s, the third at 50s; the third failure (60s) makes failed 3 > 2: Failed at 61s.
export default {
  id: 'backoff/patch-backofflimit-keeps-delay',
  source: 'job_controller.go syncJob (failed > backoffLimit check) and manageJob (remaining back-off requeue); backoff_utils.go; reference job-controller §2.4, §3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: u }
spec:
  timeline:
  - { at: 15s, patch: { kind: Job, name: u, spec: { backoffLimit: 2 } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: u }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('u');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50], 'creation times');
    const job = h.job('u');
    h.eq(job.status.failed, 3, 'status.failed');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'BackoffLimitExceeded').lastTransitionTime), 61, 'FailureTarget at 61s');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 61, 'Failed at 61s');
  },
};
