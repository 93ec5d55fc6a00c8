// TestSuccessPolicy "... succeededIndexes; ... even if some indexes remain pending", the intermediate status: right after
// index 1 succeeds, while index 0's pod is still terminating: Active 0, Succeeded 1, Terminating 1, Failed 0,
// completedIndexes "1", SuccessCriteriaMet but no Complete yet (the run is cut at 14s, inside the 5s preStop).
export default {
  id: 'integjob/sp-succeeded-indexes-pending-interim',
  source: 'test/integration/job/job_test.go TestSuccessPolicy "job with successPolicy with succeededIndexes; ..." (wantTerminating 1); job_controller.go enactJobFinished (terminating > 0 delays Complete); reference §2.8',
  args: ['--duration', '14s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp-pending}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp}}
      duration: 10s
      perIndex:
        "0": {duration: 300s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "1"}]
  template:
    metadata: {labels: {app: sp}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo, lifecycle: {preStop: {sleep: {seconds: 5}}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason]), [['SuccessCriteriaMet', 'True', 'SuccessPolicy']], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded, job.status.completedIndexes, job.status.terminating, job.status.ready], [0, 0, 1, '1', 1, 0], '[active, failed, succeeded, completedIndexes, terminating, ready]');
    h.eq(job.status.completionTime, undefined, 'no completionTime yet');
  },
};
