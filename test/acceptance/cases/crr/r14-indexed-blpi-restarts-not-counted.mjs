// backoffLimitPerIndex needs pod restartPolicy Never; a container-level OnFailure lets an index retry in place
// without spending its per-index budget (0 here). Index 0 exits 1 then 0 (restarted at 10s, Succeeded 20s),
// index 1 exits 0 at 10s: two pods only, no failed index, Complete at 21s with completedIndexes "0,1".
export default {
  id: 'crr/indexed-blpi-restarts-not-counted',
  source: 'pkg/apis/batch/validation (backoffLimitPerIndex requires template restartPolicy Never, nothing about container policies); job_controller.go (per-index failures count Failed pods only); pkg/api/v1/pod/util.go ContainerShouldRestart',
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
      "0": {duration: 10s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('ix');
    h.eq(pods.length, 2, 'one pod per index');
    const byIdx = (i) => pods.find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === String(i));
    h.eq([byIdx(0).status.phase, byIdx(0).status.containerStatuses[0].restartCount], ['Succeeded', 1], 'index 0');
    h.eq([byIdx(1).status.phase, byIdx(1).status.containerStatuses[0].restartCount], ['Succeeded', 0], 'index 1');
    const job = h.job('ix');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed], ['0,1', 2, undefined], '[completedIndexes, succeeded, failed]');
    h.assert(!job.status.failedIndexes, `no failed index (${JSON.stringify(job.status.failedIndexes)})`);
    const c = h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq(h.sec(c.lastTransitionTime), 21, 'Complete at');
  },
};
