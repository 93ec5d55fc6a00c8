// A FailIndex rule on Ready=False (true of every failed pod) fails an index at its first failure whatever
// backoffLimitPerIndex allows: index 1 exits 1 at 10s, failedIndexes "1" at 11s and no retry; the Job goes on, and
// when indexes 0 and 2 succeed at 30s, failed + succeeded indexes cover the completions: FailureTarget and Failed
// (FailedIndexes, "Job has failed indexes") at 31s; failed 1, succeeded 2.
export default {
  id: 'jobctl/blpi-failindex-on-ready-false',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "single failed index due to FailIndex action, the job continues" (FailedIndexes "0", Active 1) and "job failed due to failed indexes"; pod_failure_policy_test.go TestMatchPodFailurePolicy "FailIndex rule matched for pod conditions"; indexed_job_utils.go isIndexFailed (FailIndex action), job_controller.go syncJob (failedIndexes + succeededIndexes >= completions)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fi}
spec:
  behaviors:
  - selector: {matchLabels: {app: fi}}
    duration: 30s
    perIndex:
      "1": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fi}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 3
  podFailurePolicy:
    rules:
    - action: FailIndex
      onPodConditions:
      - {type: Ready, status: "False"}
  template:
    metadata: {labels: {app: fi}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('fi');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase]), [['0', 'Succeeded'], ['1', 'Failed'], ['2', 'Succeeded']], 'pods: no retry of index 1');
    const j = h.job('fi');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 31],
      ['Failed', 'FailedIndexes', 'Job has failed indexes', 31],
    ], 'conditions');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes, j.status.failedIndexes], [1, 2, '0,2', '1'], '[failed, succeeded, completedIndexes, failedIndexes]');
  },
};
