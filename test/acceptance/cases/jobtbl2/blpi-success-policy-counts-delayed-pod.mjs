// Index 1's first pod fails at +5s and is kept uncounted (delayed deletion) while its 10s per-index
// back-off runs. Index 0 succeeds at +10s and the success policy matches at +11s: the finish
// condition lets the delayed pod's finalizer go and its failure is counted (failed 1); the running
// index-2 pod is deleted without being counted; Complete comes at +12s.
export default {
  id: 'jobtbl2/blpi-success-policy-counts-delayed-pod',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy (successPolicy with backoffLimitPerIndex rows); job_controller.go trackJobStatusAndRemoveFinalizers (canRemoveFinalizer: finishedCondition != nil; considerPodFailed -> uncounted.failed), indexed_job_utils.go getPodsWithDelayedDeletionPerIndex; reference §6, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 5m
    perIndex:
      "0": { duration: 10s }
      "1": { duration: 5s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimitPerIndex: 2
  successPolicy:
    rules:
    - { succeededIndexes: "0" }
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const s = h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy');
    const c = h.hasCond(j, 'Complete', 'SuccessPolicy');
    h.eq([h.sec(s.lastTransitionTime), h.sec(c.lastTransitionTime)], [11, 12], 'SuccessCriteriaMet, Complete');
    h.eq([j.status.succeeded, j.status.failed, j.status.completedIndexes, j.status.failedIndexes, j.status.terminating], [1, 1, '0', '', 0], '[succeeded, failed, completedIndexes, failedIndexes, terminating]');
    h.eq(h.podsOf('x').length, 3, 'no replacement for index 1');
    h.eq(h.podsOf('x').map((p) => p.metadata.finalizers ?? []), [[], [], []], 'finalizers all removed');
  },
};
