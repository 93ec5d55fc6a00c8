// Index 2 fails twice (exit 1) while indexes 0 and 1 run; the rule succeededIndexes "0,1" is met at
// +30s, when index 2's second pod also fails: SuccessCriteriaMet and Complete in the same sync (+31s)
// since nothing is left terminating; the failures are still counted (failed 2).
export default {
  id: 'jobtbl2/sp-some-indexes-fail',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with successPolicy; jobPodReplacementPolicy feature enabled; job has SuccessCriteriaMet condition if job meets to successPolicy and some indexes fail"; job_controller.go syncJob (matchSuccessPolicy), trackJobStatusAndRemoveFinalizers; reference §7, §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 30s
    perIndex:
      "2": { duration: 10s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  successPolicy:
    rules:
    - { succeededIndexes: "0,1" }
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const s = h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy');
    h.eq(s.message, 'Matched rules at index 0', 'message');
    const c = h.hasCond(j, 'Complete', 'SuccessPolicy');
    h.eq([h.sec(s.lastTransitionTime), h.sec(c.lastTransitionTime), h.sec(j.status.completionTime)], [31, 31, 31], 'SuccessCriteriaMet, Complete, completionTime');
    h.eq([j.status.succeeded, j.status.failed, j.status.completedIndexes, j.status.active ?? 0, j.status.terminating], [2, 2, '0,1', 0, 0], '[succeeded, failed, completedIndexes, active, terminating]');
    h.eq(h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['2', 0], ['2', 20]], 'pods (index, created)');
  },
};
