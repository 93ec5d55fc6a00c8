// Indexed successPolicy (index 0): index 0 succeeds at 10s, SuccessCriteriaMet at 11s and index 1 is deleted (grace 30),
// but its container ignores SIGTERM and is SIGKILLed at 41s (137). Complete is written only at 42s (nothing terminating),
// and ttlSecondsAfterFinished 10 counts from Complete: deleted at 52s, not 21s.
export default {
  id: 'ttl2/complete-waits-for-sigterm-ignoring-pod',
  source: 'ttlafterfinished_controller.go jobFinishTime (Complete, not SuccessCriteriaMet); job_controller.go delayed terminal condition until no pod terminating',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  behaviors:
  - selector: {matchLabels: {app: sp}}
    duration: 1h
    onSigterm: ignore
    perIndex:
      "0": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  ttlSecondsAfterFinished: 10
  template:
    metadata: {labels: {app: sp}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('sp');
    h.eq(h.sec(h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy').lastTransitionTime), 11, 'SuccessCriteriaMet 11s');
    h.eq(h.sec(h.hasCond(j, 'Complete', 'SuccessPolicy').lastTransitionTime), 42, 'Complete 42s');
    h.eq(h.sec(j.metadata.deletionTimestamp), 52, 'deleted at 42 + 10');
    const [p0, p1] = h.podsOf('sp');
    h.eq([h.exitCodeOf(p1), h.sec(p1.status.containerStatuses[0].state.terminated.finishedAt)], [137, 41], 'index 1 SIGKILLed at 41s');
    h.eq([h.sec(p0.metadata.deletionTimestamp), p0.metadata.deletionGracePeriodSeconds], [52, 0], 'index 0 pod collected with the Job');
  },
};
