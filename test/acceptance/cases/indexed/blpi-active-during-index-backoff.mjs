// While an index waits for its per-index back-off, status.active keeps the running pods (here index 1): the requeue
// branch of manageJob reports the real active count (kubernetes PR #139457, fixing the old hard-coded 0, which made
// status.ready > status.active and the status update be rejected).
export default {
  id: 'indexed/blpi-active-during-index-backoff',
  source: 'kubernetes/kubernetes issue #139428 / PR #139457 (manageJob returns active, not 0, when creation waits for back-off, global and per-index paths); reference §2.6 step 4',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: act}
spec:
  behaviors:
    - selector: {matchLabels: {app: act}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: act}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: act}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('act');
    h.eq([job.status.active, job.status.ready, job.status.failed ?? 0, job.status.failedIndexes], [1, 1, 0, ''], '[active, ready, failed, failedIndexes] at 15s');
  },
};
