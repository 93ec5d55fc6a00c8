// Work-queue Job (no completions), parallelism 2, podReplacementPolicy Failed: one pod is evicted at 5s and
// ignores SIGTERM (killed at 35s, exit 137). While it terminates it is neither active nor failed and holds its
// slot (diff = parallelism - terminating - active = 0): no replacement until it is Failed; then the usual 10s
// back-off from its finish time: replacement at 45s. The other pod's success at 60s does not stop the running
// replacement (wantActive = active); Complete when it succeeds at 105s (sync 106s): succeeded 2, failed 1.
export default {
  id: 'jobctl/wq-prp-failed-evicted-replaced-after-failed',
  source: 'job_controller_test.go TestControllerSyncJob "WQ job: recreate pods when failed" (podReplacementPolicy Failed, terminating pod: no creation, expectedTerminating 1); job_controller.go isPodFailed/onlyReplaceFailedPods, manageJob (diff = wantActive - terminating - active; completions nil: succeeded > 0 ? active : parallelism); backoff_utils.go getFinishedTime (container finishedAt)',
  args: ['--duration', '3m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: wq}
spec:
  behaviors:
  - selector: {matchLabels: {app: wq}}
    duration: 60s
    onSigterm: ignore
  faults:
  - {at: 5s, evictPod: default/wq-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 2
  podReplacementPolicy: Failed
  template:
    metadata: {labels: {app: wq}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('wq');
    h.eq(pods.map((p) => [p.metadata.name === 'wq-bn7wn', h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [
      [true, 0, 'Failed', 137],
      [false, 0, 'Succeeded', 0],
      [false, 45, 'Succeeded', 0],
    ], 'pods [evicted, created, phase, exit]');
    const j = h.job('wq');
    h.eq([j.status.succeeded, j.status.failed, j.status.active, j.status.terminating], [2, 1, undefined, 0], '[succeeded, failed, active, terminating]');
    const c = h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([h.sec(c.lastTransitionTime), h.sec(j.status.completionTime)], [106, 106], 'Complete, completionTime');
  },
};
