// podReplacementPolicy Failed with backoffLimitPerIndex 1: index 1's pod is evicted at 5s and ignores SIGTERM. A
// terminating pod is not failed under this policy and holds its index: no replacement until it is killed at 35s
// (137, Failed). Then the per-index delay counts from its container's finish (35s): the replacement, failure-count
// "1", is created at 45s, and the old pod is counted failed in the sync after (46s).
export default {
  id: 'indexed3/blpi-prp-failed-waits-for-terminal',
  source: 'pkg/controller/job/job_controller.go isPodFailed (podReplacementPolicy Failed: phase Failed only), manageJob (diff - terminating); indexed_job_utils.go firstPendingIndexes (terminating indexes when onlyReplaceFailedPods); backoff_utils.go getFinishedTime; reference §3.4, §4, §6',
  args: ['--duration', '60s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pf}
spec:
  behaviors:
    - selector: {matchLabels: {app: pf}}
      duration: 1h
      onSigterm: ignore
  faults:
    - {at: 5s, evictPod: default/pf-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pf}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  podReplacementPolicy: Failed
  template:
    metadata: {labels: {app: pf}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pf');
    h.assert(pods.some((p) => p.metadata.name === 'pf-1-vqbl8'), 'pod pf-1-vqbl8 expected (seed names changed: update the fault)');
    const ix1 = pods.filter((p) => p.metadata.name.startsWith('pf-1-'));
    h.eq(ix1.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase, h.exitCodeOf(p) ?? null]),
      [[0, '0', 'Failed', 137], [45, '1', 'Running', null]], 'index 1 pods [created, failure-count, phase, exit code]');
    const job = h.job('pf');
    h.eq([job.status.active, job.status.failed, job.status.terminating, job.status.failedIndexes], [2, 1, 0, ''], 'at 60s [active, failed, terminating, failedIndexes]');
  },
};
