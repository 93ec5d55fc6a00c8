// succeededCount 2 of 5: met at +21s (indexes 0 and 1 done at +10s, +20s); the three running pods are
// deleted and not counted as failed; Complete follows once they are gone (+22s, the next batched sync).
export default {
  id: 'jobtbl2/sp-count-deletes-running',
  source: 'success_policy_test.go TestMatchSuccessPolicy "rules.succeededCount is specified; succeededIndexes matched rules"; job_controller.go syncJob (SuccessCriteriaMet -> deleteActivePods, not counted failed), enactJobFinished (terminating > 0 delays Complete); reference §7, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 5m
    perIndex:
      "0": { duration: 10s }
      "1": { duration: 20s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 5
  parallelism: 5
  completionMode: Indexed
  successPolicy:
    rules:
    - { succeededCount: 2 }
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
    h.eq([h.sec(s.lastTransitionTime), h.sec(c.lastTransitionTime), c.message], [21, 22, 'Matched rules at index 0'], 'SuccessCriteriaMet, Complete times, message');
    h.eq([j.status.succeeded, j.status.failed ?? 0, j.status.completedIndexes, j.status.terminating], [2, 0, '0,1', 0], '[succeeded, failed, completedIndexes, terminating]');
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'x' }).map((e) => h.sec(e.firstTimestamp)), [21, 21, 21], 'deletions');
    h.eq(h.events({ reason: 'Completed', name: 'x' }).length, 1, 'Completed events');
  },
};
