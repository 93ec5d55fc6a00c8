// podReplacementPolicy Failed: on resume manageJob subtracts the terminating pods (diff = wantActive - terminating
// - active = 0), so the Resumed event comes alone at 12s; the replacements are created one batched sync after the
// old pods reach a terminal phase (they ignore SIGTERM and end Succeeded at 35s, uncounted): 36s.
export default {
  id: 'jobevents/je03-resume-replacement-failed-waits',
  source: 'job_controller.go manageJob ("if onlyReplaceFailedPods(job) { terminating = *jobCtx.terminating }; diff := wantActive - terminating - active"), syncJob Resumed event; controller.CountTerminatingPods',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  suspend: true
  parallelism: 2
  completions: 2
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: "30s", jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 5s, patch: {kind: Job, name: f, spec: {suspend: false}}}
    - {at: 10s, patch: {kind: Job, name: f, spec: {suspend: true}}}
    - {at: 12s, patch: {kind: Job, name: f, spec: {suspend: false}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'f' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[0, 'Suspended'], [5, 'SuccessfulCreate'], [5, 'SuccessfulCreate'], [5, 'Resumed'], [10, 'SuccessfulDelete'], [10, 'SuccessfulDelete'], [10, 'Suspended'], [12, 'Resumed'], [36, 'SuccessfulCreate'], [36, 'SuccessfulCreate'], [67, 'Completed']], 'job events');
    const s = h.job('f').status;
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['Suspended', 'False', 'JobResumed', 'Job resumed', 12], ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 67], ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 67]], 'conditions');
    h.eq([h.sec(s.startTime), s.succeeded, s.failed], [12, 2, undefined], '[startTime, succeeded, failed]');
  },
};
