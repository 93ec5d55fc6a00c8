// successPolicy succeededCount: 1 on 2 indexes: when index 1 succeeds, SuccessCriteriaMet (reason SuccessPolicy,
// "Matched rules at index 0") is set at once, the pod of index 0 is deleted (terminating 1, not counted failed), and
// Complete with the same reason/message and completionTime follows once it has terminated.
export default {
  id: 'indexed/successpolicy-count-pending-indexes',
  source: 'test/integration/job TestSuccessPolicy "job with successPolicy with succeededCount; job has SuccessCriteriaMet and Complete conditions even if some indexes remain pending" (active 0, succeeded 1, completedIndexes "1", terminating 1); success_policy.go matchSuccessPolicy; reference §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: spc}
spec:
  behaviors:
    - selector: {matchLabels: {app: spc}}
      duration: 1h
      perIndex:
        "1": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: spc}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - succeededCount: 1
  template:
    metadata: {labels: {app: spc}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('spc');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'True', 'SuccessPolicy', 'Matched rules at index 0', 12],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes, job.status.active ?? 0, job.status.terminating, h.sec(job.status.completionTime)],
      [1, 0, '1', 0, 0, 12], '[succeeded, failed, completedIndexes, active, terminating, completionTime]');
    const p0 = h.podsOf('spc').find((p) => p.metadata.name.startsWith('spc-0-'));
    h.eq([h.sec(p0.metadata.deletionTimestamp), p0.metadata.finalizers ?? []], [11 + 30, []], 'index 0 pod deleted at 11s (grace 30s), finalizer removed');
    h.eq(h.events({ kind: 'Job', name: 'spc' }).map((e) => e.reason), ['SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulDelete', 'Completed'], 'job events');
  },
};
