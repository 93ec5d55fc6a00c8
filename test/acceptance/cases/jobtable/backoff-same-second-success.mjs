// TestNewBackoffRecord "Empty backoff store with success and failure at same timestamp": a failure that
// does not finish strictly after the latest success does not count. Finish times are container
// finishedAt as the API stores them (whole seconds): index 0 succeeds at 10.2s, index 1 fails at 10.7s,
// both "…:10Z", so the back-off is empty and the sync at 11.2s creates index 1's retry and index 2 at
// once (not after 10s).
export default {
  id: 'jobtable/backoff-same-second-success',
  source: 'backoff_utils_test.go TestNewBackoffRecord "Empty backoff store with success and failure at same timestamp"; backoff_utils.go newBackoffRecord (failedTime.After(lastSuccessTime)), getFinishedTime (finishedAt, second precision in the API); reference §3.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: same}
spec:
  behaviors:
  - selector: {matchLabels: {app: same}}
    duration: 10s
    perIndex:
      "0": {duration: 10200ms}
      "1": {duration: 10700ms, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: same}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  template:
    metadata: {labels: {app: same}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const fin = (p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt);
    h.eq(h.podsOf('same').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase, fin(p)]), [['0', 0, 'Succeeded', 10], ['1', 0, 'Failed', 10], ['1', 11, 'Succeeded', 21], ['2', 11, 'Succeeded', 21]], 'pods [index, created, phase, finishedAt]');
    const job = h.job('same');
    h.eq([job.status.succeeded, job.status.failed], [3, 1], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 22, 'Complete');
  },
};
