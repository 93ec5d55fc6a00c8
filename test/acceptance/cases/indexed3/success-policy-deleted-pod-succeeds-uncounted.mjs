// successPolicy succeededIndexes "0": index 0 succeeds at 10s; at 11s SuccessCriteriaMet and index 1's pod is deleted.
// That pod ignores SIGTERM and its work ends at 20s, within the 30s grace period: it ends Succeeded (exit 0), but the
// controller removed its tracking finalizer in the sync that deleted it, so it is never counted: completedIndexes
// stays "0", succeeded 1. Complete when it is gone (sync at 21s).
export default {
  id: 'indexed3/success-policy-deleted-pod-succeeds-uncounted',
  source: 'pkg/controller/job/job_controller.go syncJob (finishedCondition -> deleteActivePods), trackJobStatusAndRemoveFinalizers (finalizer removed when finishedCondition != nil; calculateSucceededIndexes needs hasJobTrackingFinalizer); reference §2.7, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: spu}
spec:
  behaviors:
    - selector: {matchLabels: {app: spu}}
      duration: 10s
      perIndex:
        "1": {duration: 20s, onSigterm: ignore}
---
apiVersion: batch/v1
kind: Job
metadata: {name: spu}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: spu}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p1 = h.podsOf('spu').find((p) => p.metadata.name.startsWith('spu-1-'));
    h.eq([p1.status.phase, h.exitCodeOf(p1), h.sec(p1.metadata.deletionTimestamp)], ['Succeeded', 0, 41], 'index 1 pod [phase, exit code, deletionTimestamp]');
    const job = h.job('spu');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed ?? 0], ['0', 1, 0], '[completedIndexes, succeeded, failed]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 21]], 'conditions');
  },
};
