// A running Job with activeDeadlineSeconds 30 is suspended at 10s and resumed at 60s. In 1.33-1.35 the
// suspension keeps status.startTime (0s), and on the resume sync pastActiveDeadline is evaluated with that
// old startTime before manageJob (where the resume would reset it): 60 - 0 >= 30, so the Job fails at once
// with DeadlineExceeded. No pod is active or terminating, so FailureTarget and Failed come in the same sync;
// manageJob is not called, so the Suspended condition stays True (no JobResumed, no Resumed event) and
// startTime is not reset. The pod deleted by the suspension is not a failure.
export default {
  id: 'interplay/ads-resume-after-long-suspension',
  source: 'job_controller.go syncJob: pastActiveDeadline(&job) checked before manageJob; the StartTime reset is inside the "Job not suspended" branch that only runs when no finishedCondition; reference §2.4 step 5, §8; README known differences (startTime kept while suspended)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip1}
spec:
  timeline:
    - { at: 10s, patch: { kind: Job, name: j, spec: { suspend: true } } }
    - { at: 60s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: "100s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(h.sec(job.status.startTime), 0, 'startTime not reset (the resume never got to manageJob)');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'True', 'JobSuspended', 'Job suspended', 10],
      ['FailureTarget', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 60],
      ['Failed', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 60],
    ], 'conditions');
    h.eq(job.status.failed ?? 0, 0, 'failed: the suspended pod is not a failure');
    h.eq(h.podsOf('j').length, 1, 'no pod created at the resume');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]),
      [['SuccessfulCreate', 0], ['SuccessfulDelete', 10], ['Suspended', 10], ['DeadlineExceeded', 60]], 'Job events (no Resumed)');
  },
};
