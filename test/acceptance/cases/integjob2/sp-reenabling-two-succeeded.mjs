// TestSuccessPolicy_ReEnabling (second step): 5/5 Indexed, successPolicy succeededCount 3. After indexes 0 (10s) and
// 1 (20s) succeed the rule is not met yet: active 3, succeeded 2, completedIndexes "0,1", no condition, no pod deleted.
export default {
  id: 'integjob2/sp-reenabling-two-succeeded',
  source: 'test/integration/job/job_test.go TestSuccessPolicy_ReEnabling (Active 3, Succeeded 2, validateIndexedJobPods {2,3,4}, "0,1"); success_policy.go matchSuccessPolicy (succeededCount not reached)',
  args: ['--duration', '25s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp}}
      duration: 300s
      onSigterm: ignore
      perIndex:
        "0": {duration: 10s}
        "1": {duration: 20s}
        "2": {duration: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  successPolicy:
    rules: [{succeededCount: 3}]
  template:
    metadata: {labels: {app: sp}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq([job.status.active, job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0, job.status.terminating], [3, 2, '0,1', 0, 0], '[active, succeeded, completedIndexes, failed, terminating]');
    h.eq(job.status.conditions ?? [], [], 'no condition yet');
    const active = h.podsOf('sp').filter((p) => p.status.phase === 'Running');
    h.eq(active.map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], p.spec.hostname, p.metadata.finalizers]),
      [['2', 'sp-2', ['batch.kubernetes.io/job-tracking']], ['3', 'sp-3', ['batch.kubernetes.io/job-tracking']], ['4', 'sp-4', ['batch.kubernetes.io/job-tracking']]], 'active pods [index label, hostname, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'sp', reason: 'SuccessfulDelete' }).length, 0, 'no deletion');
  },
};
