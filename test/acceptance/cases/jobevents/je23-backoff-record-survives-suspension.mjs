// The pod-recreation backoff record (1 failure at 10s -> 10s delay) lives in the controller, not in the suspension:
// suspended at 13s and resumed at 17s, the Job writes Resumed at 17s but creates the replacement only when the
// backoff has run out, at 20s. startTime is reset by the resume.
export default {
  id: 'jobevents/je23-backoff-record-survives-suspension',
  source: 'job_controller.go manageJob (remainingTime = newBackoffRecord.getRemainingTime(...); enqueueSyncJobWithDelay; return without creating), syncJob (Resumed event regardless); backoff_utils.go',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rb}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 13s, patch: {kind: Job, name: rb, spec: {suspend: true}}}
    - {at: 17s, patch: {kind: Job, name: rb, spec: {suspend: false}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'rb' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[0, 'SuccessfulCreate'], [13, 'Suspended'], [17, 'Resumed'], [20, 'SuccessfulCreate'], [31, 'Completed']], 'job events');
    const s = h.job('rb').status;
    h.eq([s.succeeded, s.failed, h.sec(s.startTime), h.sec(s.completionTime)], [1, 1, 17, 31], '[succeeded, failed, startTime, completionTime]');
    h.eq(s.conditions.map((c) => [c.type, c.status, h.sec(c.lastTransitionTime)]), [['Suspended', 'False', 17], ['SuccessCriteriaMet', 'True', 31], ['Complete', 'True', 31]], 'conditions');
  },
};
