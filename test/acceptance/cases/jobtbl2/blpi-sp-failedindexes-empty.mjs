// backoffLimitPerIndex 2 with successPolicy {succeededIndexes "0,1", succeededCount 1}. Index 0's first
// pod fails at +15s (kept until its replacement at +25s: failure-count 1, the failure counted then);
// index 1 succeeds at +30s: SuccessCriteriaMet at +31s, index 0's running pod is deleted and not
// counted; Complete at +32s. failedIndexes is written as "" (not omitted).
export default {
  id: 'jobtbl2/blpi-sp-failedindexes-empty',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with backoffLimitPerIndex and successPolicy; jobPodReplacementPolicy feature enabled; job has SuccessCriteriaMet condition if job meets to successPolicy and doesn\'t meet backoffLimitPerIndex" (Failed 1, Succeeded 1, FailedIndexes ptr.To(""), CompletedIndexes "1"); reference §2.10, §3.4, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 60s
    perIndex:
      "0": { duration: 15s, exitCodes: [1, 0] }
      "1": { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 2
  successPolicy:
    rules:
    - { succeededIndexes: "0,1", succeededCount: 1 }
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const s = h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy');
    const c = h.hasCond(j, 'Complete', 'SuccessPolicy');
    h.eq([h.sec(s.lastTransitionTime), h.sec(c.lastTransitionTime)], [31, 32], 'SuccessCriteriaMet, Complete');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes, j.status.failedIndexes, j.status.terminating], [1, 1, '1', '', 0], '[failed, succeeded, completedIndexes, failedIndexes, terminating]');
    h.eq(h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], h.sec(p.metadata.creationTimestamp)]), [['0', '0', 0], ['1', '0', 0], ['0', '1', 25]], 'pods (index, failure-count, created)');
  },
};
