// The back-off only holds creations: deletions come first in manageJob. Index 0 fails at 10s (retry due 20s);
// parallelism goes 3 -> 1 at 12s (a spec change, synced at once): one of the two running pods is deleted at once
// (finalizer removed first, so not a failure), and at 20s nothing is created (active 1 = wanted 1). Index 0 comes
// back when the last running pod succeeds (100s; the success empties the record: created at 101s), then the deleted
// index at 112s.
export default {
  id: 'backoff/scale-down-not-held-by-backoff',
  source: 'job_controller.go manageJob (rmAtLeast deletions via deleteJobPods before the diff > 0 branch that checks remainingTime; "pod deletion takes precedence"), updateJob (generation change: immediate sync)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sd}
spec:
  behaviors:
    - selector: {matchLabels: {app: sd}}
      duration: 100s
      perIndex:
        "0": {duration: 10s, exitCodes: [1, 0]}
  timeline:
    - {at: 12s, patch: {kind: Job, name: sd, spec: {parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sd}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: sd}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Job', name: 'sd' }).map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [12, 'SuccessfulDelete'], [101, 'SuccessfulCreate'], [112, 'SuccessfulCreate'], [213, 'Completed']], 'Job events');
    const pods = h.podsOf('sd');
    const deleted = pods.filter((p) => p.metadata.deletionTimestamp !== undefined);
    h.eq(deleted.map((p) => [h.sec(p.metadata.deletionTimestamp) - p.metadata.deletionGracePeriodSeconds, h.exitCodeOf(p)]), [[12, 143]], 'one pod deleted at 12s, killed');
    h.eq(pods.filter((p) => h.sec(p.metadata.creationTimestamp) === 101).map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']), ['0'], 'index 0 re-created at 101s');
    const job = h.job('sd');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes], [1, 3, '0-2'], '[failed, succeeded, completedIndexes]');
  },
};
