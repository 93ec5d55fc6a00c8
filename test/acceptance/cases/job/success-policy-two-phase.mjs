// SuccessCriteriaMet is written as soon as the success policy matches and the lingering pods are deleted (not counted
// failed); Complete, with the same reason/message, and completionTime only once they have terminated.
export default {
  id: 'job/success-policy-two-phase',
  source: 'job_controller.go syncJob (matchSuccessPolicy → SuccessCriteriaMet, deleteActivePods), trackJobStatusAndRemoveFinalizers, enactJobFinished (terminating > 0 delays Complete); reference §2.8, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp}
spec:
  behaviors:
    - selector: { matchLabels: { app: sp } }
      duration: 1h
      perIndex:
        "0": { duration: 10s }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: sp
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  successPolicy:
    rules:
      - succeededIndexes: "0"
  template:
    metadata:
      labels: { app: sp }
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    const conds = job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]);
    h.eq(conds, [
      ['SuccessCriteriaMet', 'True', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'True', 'SuccessPolicy', 'Matched rules at index 0', 12],
    ], 'conditions');
    h.eq(h.sec(job.status.completionTime), 12, 'completionTime = Complete time');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes], [1, 0, '0'], '[succeeded, failed, completedIndexes]');
    const ev = h.events({ kind: 'Job', name: 'sp' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.reason, h.sec(e.firstTimestamp)]);
    h.eq(ev, [['SuccessfulDelete', 11], ['SuccessfulDelete', 11], ['Completed', 12]], 'events after creation');
  },
};
