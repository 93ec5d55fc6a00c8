// backoffLimit 0: index 0 fails at +10s; FailureTarget at +11s deletes the running index-1 pod
// (SuccessfulDelete, Killing) with no failure event yet; the Warning BackoffLimitExceeded is recorded once,
// at +12s, when the Failed condition is written after the deleted pod is gone.
export default {
  id: 'events/ev07-failure-event-at-failed-not-target',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers -> recordJobFinished (only when the terminal condition is added; delayTerminalCondition waits for terminating == 0); reference job-controller.md §2.8, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ft}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "0"}}
    duration: 10s
    exitCodes: [1]
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "1"}}
    duration: 5m
---
apiVersion: batch/v1
kind: Job
metadata: {name: ft}
spec:
  backoffLimit: 0
  parallelism: 2
  completions: 2
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const p1 = h.podsOf('ft').find((p) => p.metadata.name.startsWith('ft-1-'));
    const seq = r.events.filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(seq, [
      [11, 'SuccessfulDelete', `Deleted pod: ${p1.metadata.name}`],
      [11, 'Killing', 'Stopping container c'],
      [12, 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'],
    ], 'events');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' })[0].type, 'Warning', 'type');
    const ft = h.job('ft').status.conditions.map((c) => [c.type, h.sec(c.lastTransitionTime)]);
    h.eq(ft, [['FailureTarget', 11], ['Failed', 12]], 'conditions');
  },
};
