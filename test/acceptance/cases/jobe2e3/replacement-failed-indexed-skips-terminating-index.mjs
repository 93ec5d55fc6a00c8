// Indexed, completions 5, parallelism 3, podReplacementPolicy Failed. Index 1's pod ignores SIGTERM and is evicted at 10s:
// not failed while it terminates (terminating 1, active 2). When index 0 succeeds (20s) a slot frees, but the terminating
// pod still holds index 1, so index 3 starts (21s). Index 1 is recreated only after its pod is SIGKILLed (40s, failed 1),
// 10s after that failure (50s). State at 60s: active 3 (indexes 1, 2, 3), succeeded 1, failed 1.
export default {
  id: 'jobe2e3/replacement-failed-indexed-skips-terminating-index',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag true, Failed policy, delete & fail pods, recreate failed pods, and verify job status counters" (IndexedJob: active 0, terminating 2 after deletion; active 2, failed 2 after failure); indexed_job_utils.go firstPendingIndexes ("In cases of PodReplacementPolicy as Failed we will include terminatingPods in this list"); job_controller.go manageJob (diff = wantActive - terminating - active); backoff_utils.go',
  args: ['--duration', '60s'],
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
    h.eq(pods.map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase]), [
      ['0', 0, 'Succeeded'], ['1', 0, 'Failed'], ['2', 0, 'Running'], ['3', 21, 'Running'], ['1', 50, 'Running']], 'pods [index, created, phase]');
    h.eq([h.exitCodeOf(pods[1]), h.sec(pods[1].status.containerStatuses[0].state.terminated.finishedAt)], [137, 40], 'evicted pod SIGKILLed at 40s');
    const job = h.job('rf');
    h.eq([job.status.active, job.status.succeeded, job.status.failed, job.status.terminating, job.status.completedIndexes], [3, 1, 1, 0, '0'], '[active, succeeded, failed, terminating, completedIndexes]');
  },
};
