// Job concept page, "Success policy" (job-success-policy.yaml: succeededIndexes "0,2-3", succeededCount 1; only index 2
// succeeds): "the job controller will mark the Job as succeeded and terminate the lingering Pods when either of the
// specified indexes, 0, 2, or 3, succeed"; SuccessCriteriaMet (reason SuccessPolicy) first, Complete once the lingering
// pods have terminated. Here index 2 finishes at 5s, the others would run 30s: SuccessCriteriaMet at 6s with the 9
// others deleted (not counted as failed), Complete at 7s.
export default {
  id: 'docsexamples/d17-success-policy-example',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#success-policy (job-success-policy.yaml); success_policy.go matchSuccessPolicy ("Matched rules at index %d"); reference job §7, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: success-policy
spec:
  behaviors:
  - selector: { matchLabels: { job-name: job-success } }
    duration: 30s
    exitCodes: [1]
    perIndex:
      "2": { duration: 5s, exitCodes: [0] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-success
spec:
  parallelism: 10
  completions: 10
  completionMode: Indexed # Required for the success policy
  successPolicy:
    rules:
      - succeededIndexes: 0,2-3
        succeededCount: 1
  template:
    spec:
      containers:
      - name: main
        image: python
        command:
          - python3
          - -c
          - |
            import os, sys
            if os.environ.get("JOB_COMPLETION_INDEX") == "2":
              sys.exit(0)
            else:
              sys.exit(1)
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('job-success');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 6], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 7]], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.terminating, h.sec(job.status.completionTime)], [1, '2', undefined, 0, 7], 'status');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), Array(9).fill(6), 'lingering pods deleted');
    h.eq(h.podsOf('job-success').length, 10, 'no pod recreated');
  },
};
