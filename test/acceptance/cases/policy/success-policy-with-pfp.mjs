// podFailurePolicy and successPolicy: index 0 fails (no rule matches: counted) and is retried;
// index 1 succeeds at +25s: SuccessCriteriaMet (SuccessPolicy, "Matched rules at index 0") at
// +26s; the running retry of index 0 is deleted and not counted; Complete at +27s.
export default {
  id: 'policy/success-policy-with-pfp',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with podFailurePolicy and successPolicy; jobPodReplacementPolicy feature enabled; job has SuccessCriteriaMet condition if job meets to successPolicy and doesn\'t meet to podFailurePolicy"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    perIndex:
      "0": { duration: 10s, exitCodes: [1, 0] }
      "1": { duration: 25s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - { succeededIndexes: "0,1", succeededCount: 1 }
  podFailurePolicy:
    rules:
    - { action: FailJob, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 26], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 27]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes, job.status.terminating], [1, 1, '1', 0], '[failed, succeeded, completedIndexes, terminating]');
    h.eq(h.sec(job.status.completionTime), 27, 'completionTime');
    h.eq(h.podsOf('x').length, 3, 'pods');
  },
};
