// Created suspended, resumed at 5s, its only pod fails at 15s with backoffLimit 0: the conditions keep their order of
// creation, Suspended (False, JobResumed, 5s) first, then FailureTarget and Failed written in the same 16s sync (no pod
// left terminating), with the Warning BackoffLimitExceeded event.
export default {
  id: 'jobevents/je14-resumed-then-failed-conditions-order',
  source: 'job_controller.go ensureJobConditionStatus (updates the Suspended condition in place), trackJobStatusAndRemoveFinalizers (append FailureTarget), enactJobFinished (append Failed), recordJobFinished',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rf}
spec:
  suspend: true
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 5s, patch: {kind: Job, name: rf, spec: {suspend: false}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'rf' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev.map((e) => e.slice(0, 3)), [[0, 'Normal', 'Suspended'], [5, 'Normal', 'SuccessfulCreate'], [5, 'Normal', 'Resumed'], [16, 'Warning', 'BackoffLimitExceeded']], 'job events');
    const s = h.job('rf').status;
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 'Job resumed', 5, 5],
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 16, 16],
      ['Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 16, 16],
    ], 'conditions');
    h.eq([h.sec(s.startTime), s.failed, s.completionTime], [5, 1, undefined], '[startTime, failed, completionTime]');
  },
};
