// podFailurePolicy FailJob with backoffLimitPerIndex: the FailJob rule wins over per-index retries: FailureTarget
// reason PodFailurePolicy with the exact container message, the other index's pod is deleted and counted failed,
// failedIndexes stays "" (FailJob does not fail an index); Failed once the deleted pod is terminal.
export default {
  id: 'indexed/failjob-with-blpi',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job failed index due to FailJob action" (FailedIndexes "", message "Container x for pod default/mypod-0 failed with exit code 3 matching FailJob rule at index 0"); pod_failure_policy.go matchPodFailurePolicy; reference §2.4 step 3, §5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fj}
spec:
  behaviors:
    - selector: {matchLabels: {app: fj}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [3]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fj}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [3]}
  template:
    metadata: {labels: {app: fj}}
    spec:
      containers: [{name: main, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('fj');
    const p0 = pods.find((p) => p.metadata.name.startsWith('fj-0-'));
    const msg = `Container main for pod default/${p0.metadata.name} failed with exit code 3 matching FailJob rule at index 0`;
    const job = h.job('fj');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, 11], ['Failed', 'PodFailurePolicy', msg, 12]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.active ?? 0, job.status.terminating], [2, '', 0, 0], '[failed, failedIndexes, active, terminating]');
    h.eq(pods.length, 2, 'no replacement');
    h.eq(h.events({ kind: 'Job', name: 'fj', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['PodFailurePolicy', msg, 12]], 'warning event');
  },
};
