// Suspending deletes the running pod of index 0 after removing its finalizer, so on resume there is no tracked failed
// pod to inherit from: the new pod starts again at job-index-failure-count "0" (and is created at once, no per-index
// back-off), although index 0 had already failed once. Pods removed by suspend are not counted as failed.
export default {
  id: 'indexed/blpi-suspend-resets-failure-count',
  source: 'job_controller.go manageJob suspend branch (deleteJobPods removes the tracking finalizer first), indexed_job_utils.go getPodsWithDelayedDeletionPerIndex (getValidPodsWithFilter: tracked pods only), getNewIndexFailureCounts (no pod being replaced => 0); reference §6, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sr}
spec:
  behaviors:
    - selector: {matchLabels: {app: sr}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 1, 1, 0], duration: 30s}
  timeline:
    - {at: 60s, patch: {kind: Job, name: sr, spec: {suspend: true}}}
    - {at: 70s, patch: {kind: Job, name: sr, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sr}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 3
  template:
    metadata: {labels: {app: sr}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('sr').filter((p) => p.metadata.name.startsWith('sr-0-'))
      .map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], h.exitCodeOf(p)]);
    h.eq(ix0, [[0, '0', 1], [40, '1', 143], [70, '0', 1], [110, '1', 0]], 'index 0 pods [created, failure-count, exit code]');
    const job = h.job('sr');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, h.sec(job.status.completionTime)], [2, 2, '', 141], '[failed, succeeded, failedIndexes, completionTime]');
  },
};
