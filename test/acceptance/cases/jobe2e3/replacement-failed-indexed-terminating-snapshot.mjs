// The Indexed Job of replacement-failed-indexed-skips-terminating-index read at 30s (--duration 30s): index 1's evicted pod
// is still terminating (SIGTERM ignored until 40s), not counted failed (failed absent) and not replaced; index 3 runs in
// the slot freed by index 0: active 2 (indexes 2, 3), ready 2, terminating 1, succeeded 1.
export default {
  id: 'jobe2e3/replacement-failed-indexed-terminating-snapshot',
  source: 'test/e2e/apps/job.go "should recreate pods only after they have failed if pod replacement policy is set to Failed" (WaitForJobState active 0, failed 0, terminating 1) and test/integration/job/job_test.go TestJobPodReplacementPolicy (IndexedJob, Failed: wantStatusAfterDeletion terminating 2, failed 0); indexed_job_utils.go firstPendingIndexes (terminating pods\' indexes are not pending under Failed)',
  args: ['--duration', '30s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rf}
spec:
  behaviors:
    - selector: {matchLabels: {app: rf}}
      duration: 100s
      perIndex:
        "0": {duration: 20s}
        "1": {duration: 1h, onSigterm: ignore}
  faults:
    - {at: 10s, evictPod: default/rf-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rf}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 3
  podReplacementPolicy: Failed
  template:
    metadata: {labels: {app: rf}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const pods = h.podsOf('rf');
    h.assert(pods[1].metadata.name === 'rf-1-vqbl8', `the evicted pod is ${pods[1].metadata.name} (the seed's name changed: update the fault)`);
    h.eq(pods.map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [
      ['0', 0, 'Succeeded', undefined], ['1', 0, 'Running', 40], ['2', 0, 'Running', undefined], ['3', 21, 'Running', undefined]], 'pods [index, created, phase, deletionTimestamp]');
    const job = h.job('rf');
    h.eq([job.status.active, job.status.ready, job.status.terminating, job.status.failed, job.status.succeeded, job.status.completedIndexes], [2, 2, 1, undefined, 1, '0'],
      '[active, ready, terminating, failed, succeeded, completedIndexes]');
  },
};
