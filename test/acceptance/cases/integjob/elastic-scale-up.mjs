// TestElasticIndexedJob "scale up": completions 3 -> 4 (with parallelism), then indexes 0-3 succeed:
// completedIndexes "0-3", Succeeded 4, Terminating 0, Complete.
export default {
  id: 'integjob/elastic-scale-up',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "scale up" (wantSucceededIndexes "0-3"); validation.go ValidateJobSpecUpdate (completions may change with parallelism for Indexed); reference §1.3, §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: elastic-up}
spec:
  timeline:
    - {at: 20s, patch: {kind: Job, name: eu, spec: {completions: 4, parallelism: 4}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: eu}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('eu');
    h.eq(pods.map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase]),
      [['0', 0, 'Succeeded'], ['1', 0, 'Succeeded'], ['2', 0, 'Succeeded'], ['3', 20, 'Succeeded']], 'pods [index, created, phase]');
    const job = h.job('eu');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0, job.status.terminating, job.status.active ?? 0], [4, '0-3', 0, 0, 0], '[succeeded, completedIndexes, failed, terminating, active]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 121], ['Complete', 'CompletionsReached', 121]], 'conditions');
  },
};
