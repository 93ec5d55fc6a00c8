// Indexed, 3 indexes, backoffLimitPerIndex 0; container rule Restart In [42]. Index 0 exits 0 (10s); index 1
// exits 42 (restart in place at 10s) then 3 (no rule: Failed at 20s -> failedIndexes "1" but the Job waits for
// the others); index 2 exits 42, 42 (BackOff 20s), 0 at 40s. Job Failed FailedIndexes at 41s, completedIndexes
// "0,2", succeeded 2, failed 1; one pod per index.
export default {
  id: 'crr2/indexed-blpi-per-index-rules',
  source: 'job_controller.go (backoffLimitPerIndex: index failed when its failures > limit; FailedIndexes when all indexes are done, "Job has failed indexes"); pkg/api/v1/pod/util.go ContainerShouldRestart',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ix}
spec:
  behaviors:
  - selector: {matchLabels: {job-name: ix}}
    duration: 10s
    exitCodes: [0]
    perIndex:
      "1": {duration: 10s, exitCodes: [42, 3]}
      "2": {duration: 10s, exitCodes: [42, 42, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
`,
  check(r, h) {
    const pods = h.podsOf('ix');
    h.eq(pods.length, 3, 'one pod per index');
    const byIdx = (i) => pods.find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === String(i));
    h.eq([0, 1, 2].map((i) => [byIdx(i).status.phase, byIdx(i).status.containerStatuses[0].restartCount]), [['Succeeded', 0], ['Failed', 1], ['Succeeded', 2]], 'pods');
    const job = h.job('ix');
    h.eq([job.status.completedIndexes, job.status.failedIndexes, job.status.succeeded, job.status.failed], ['0,2', '1', 2, 1], 'status');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 41], ['Failed', 'FailedIndexes', 'Job has failed indexes', 41]], 'conditions');
  },
};
