// successPolicy met by index 0 at 5s: SuccessCriteriaMet (SuccessPolicy, "Matched rules at index 0") at the 6s sync with
// SuccessfulDelete for indexes 1 and 2 (not counted as failed); Complete with the same reason and message, the
// Normal Completed event and completionTime wait until those pods have stopped (26s) : 27s.
export default {
  id: 'jobevents/je13-success-policy-terminating',
  source: 'job_controller.go syncJob (matchSuccessPolicy -> SuccessCriteriaMet, deleteActivePods), trackJobStatusAndRemoveFinalizers (Complete from SuccessCriteriaMet reason/message), enactJobFinished (terminating > 0 delays), recordJobFinished "Job completed"; success_policy.go matchSuccessPolicy',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  behaviors:
    - selector: {matchLabels: {batch.kubernetes.io/job-name: sp}}
      duration: 1m
      onSigterm: 20s
      perIndex:
        "0": {duration: 5s}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'sp' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]);
    h.eq(ev, [[0, 'Normal', 'SuccessfulCreate'], [0, 'Normal', 'SuccessfulCreate'], [0, 'Normal', 'SuccessfulCreate'], [6, 'Normal', 'SuccessfulDelete'], [6, 'Normal', 'SuccessfulDelete'], [27, 'Normal', 'Completed']], 'job events');
    h.eq(h.events({ kind: 'Job', name: 'sp', reason: 'Completed' })[0].message, 'Job completed', 'Completed message');
    const s = h.job('sp').status;
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'True', 'SuccessPolicy', 'Matched rules at index 0', 6], ['Complete', 'True', 'SuccessPolicy', 'Matched rules at index 0', 27]], 'conditions');
    h.eq([s.succeeded, s.failed, s.completedIndexes, h.sec(s.completionTime), s.terminating], [1, undefined, '0', 27, 0], '[succeeded, failed, completedIndexes, completionTime, terminating]');
  },
};
