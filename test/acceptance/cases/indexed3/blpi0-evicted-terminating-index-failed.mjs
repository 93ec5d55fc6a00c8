// backoffLimitPerIndex 0, default podReplacementPolicy (TerminatingOrFailed): index 1's pod is evicted at 5s and ignores
// SIGTERM, so it stays Terminating until it is killed at 35s (137). Being deleted, it is considered failed at once:
// at 6s failedIndexes "1" and failed 1 while it still terminates. When index 0 succeeds (15s) every index is resolved:
// FailureTarget FailedIndexes at 16s, but Failed (and its Warning event) only at 36s, once no pod is terminating.
export default {
  id: 'indexed3/blpi0-evicted-terminating-index-failed',
  source: 'pkg/controller/job/job_controller.go isPodFailed (deletionTimestamp && phase != Succeeded), enactJobFinished (terminating > 0 delays Failed); indexed_job_utils.go isIndexFailed, calculateFailedIndexes; reference §2.1, §2.8, §4, §6, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  behaviors:
    - selector: {matchLabels: {app: ev}}
      duration: 15s
      perIndex:
        "1": {duration: 1h, onSigterm: ignore}
  faults:
    - {at: 5s, evictPod: default/ev-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ev}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: ev}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ev');
    h.assert(pods.some((p) => p.metadata.name === 'ev-1-vqbl8'), 'pod ev-1-vqbl8 expected (seed names changed: update the fault)');
    h.eq(pods.length, 2, 'no replacement for index 1');
    const p1 = h.find('Pod', 'ev-1-vqbl8');
    h.eq([p1.status.phase, h.exitCodeOf(p1)], ['Failed', 137], 'evicted pod [phase, exit code]');
    const job = h.job('ev');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded, job.status.terminating], ['1', '0', 1, 1, 0], '[failedIndexes, completedIndexes, failed, succeeded, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 16], ['Failed', 'FailedIndexes', 36]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'ev', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['FailedIndexes', 'Job has failed indexes', 36]], 'warning events');
  },
};
