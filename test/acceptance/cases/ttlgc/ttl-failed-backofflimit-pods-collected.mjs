// backoffLimit 1, every pod exits 1 after 10s: pod 1 fails at 10s, pod 2 is created at 20s (10s backoff) and fails at
// 30s: FailureTarget and Failed (BackoffLimitExceeded) at 31s. ttlSecondsAfterFinished 30 counts from Failed: the Job
// is deleted at 61s (foreground, generation 2) and both Failed pods are deleted then with grace 0 (terminal).
export default {
  id: 'ttlgc/ttl-failed-backofflimit-pods-collected',
  source: 'ttlafterfinished_controller.go jobFinishTime (Failed condition lastTransitionTime), timeLeft; pod strategy CheckGracefulDelete (terminal: 0)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  backoffLimit: 1
  ttlSecondsAfterFinished: 30
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('f');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 31, 'Failed at 31s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.status.failed], [61, 2, 2], 'deleted at 61s');
    h.eq(h.podsOf('f').map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [['Failed', 61, 0], ['Failed', 61, 0]], 'both pods collected with grace 0');
  },
};
