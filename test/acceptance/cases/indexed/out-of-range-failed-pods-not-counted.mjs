// Elastic Indexed Job: pods of indexes 2 and 3 fail at 10s and, before the controller has counted them, completions
// and parallelism are lowered to 2 (10.5s). Failed pods whose index is >= completions are not "valid" pods: they are
// neither counted in status.failed nor toward backoffLimit (nor the back-off record); their finalizer is just removed.
// So backoffLimit: 1 is not exceeded, and the Job completes when indexes 0 and 1 succeed, with no failure counted.
export default {
  id: 'indexed/out-of-range-failed-pods-not-counted',
  source: 'job_controller.go getNewFinishedPods / getValidPodsWithFilter (Indexed: skip idx == unknown || idx >= completions) feeding jobCtx.failed and newBackoffRecord; trackJobStatusAndRemoveFinalizers (uncounted.failed only if ix < completions); reference §2.1 "tracked pod ... valid index < completions", §2.3, §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: oor}
spec:
  behaviors:
    - selector: {matchLabels: {app: oor}}
      duration: 20s
      perIndex:
        "2": {duration: 10s, exitCodes: [1]}
        "3": {duration: 10s, exitCodes: [1]}
  timeline:
    - {at: 10500ms, patch: {kind: Job, name: oor, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: oor}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  backoffLimit: 1
  template:
    metadata: {labels: {app: oor}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('oor');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['SuccessCriteriaMet', 'CompletionsReached', 21], ['Complete', 'CompletionsReached', 21]], 'conditions');
    h.eq([job.status.failed ?? 0, job.status.succeeded, job.status.completedIndexes], [0, 2, '0,1'], '[failed, succeeded, completedIndexes]');
    const oor = h.podsOf('oor').filter((p) => /^oor-[23]-/.test(p.metadata.name));
    h.eq(oor.map((p) => [p.status.phase, p.metadata.finalizers ?? []]), [['Failed', []], ['Failed', []]], 'out-of-range pods: Failed, finalizer removed');
  },
};
