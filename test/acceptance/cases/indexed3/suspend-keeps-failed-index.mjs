// backoffLimitPerIndex 0: index 0 fails at 10s (failedIndexes "0"). The Job is suspended at 15s (indexes 1 and 2
// deleted, not counted) and resumed at 25s: only indexes 1 and 2 are created again (failure-count "0"), the failed
// index never is, and failedIndexes survives the suspension. They succeed at 45s: FailedIndexes at 46s.
export default {
  id: 'indexed3/suspend-keeps-failed-index',
  source: 'pkg/controller/job/job_controller.go manageJob (suspend deletes active pods after removing finalizers), syncJob (failedIndexes from status.failedIndexes), indexed_job_utils.go calculateFailedIndexes, firstPendingIndexes; reference §6, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sk}
spec:
  behaviors:
    - selector: {matchLabels: {app: sk}}
      duration: 20s
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
  timeline:
    - {at: 15s, patch: {kind: Job, name: sk, spec: {suspend: true}}}
    - {at: 25s, patch: {kind: Job, name: sk, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sk}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: sk}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = h.events({ kind: 'Job', name: 'sk', reason: 'SuccessfulCreate' }).map((e) => [e.message.replace(/^Created pod: (sk-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]);
    h.eq(created, [['sk-0', 0], ['sk-1', 0], ['sk-2', 0], ['sk-1', 25], ['sk-2', 25]], 'pod creations');
    h.eq(h.podsOf('sk').filter((p) => h.sec(p.metadata.creationTimestamp) === 25).map((p) => p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']), ['0', '0'], 'failure-count of the resumed pods');
    const job = h.job('sk');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [1, 2, '0', '1,2'], '[failed, succeeded, failedIndexes, completedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 25], ['FailureTarget', 'True', 'FailedIndexes', 46], ['Failed', 'True', 'FailedIndexes', 46]], 'conditions');
  },
};
