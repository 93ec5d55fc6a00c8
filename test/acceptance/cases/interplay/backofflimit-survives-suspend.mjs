// Failures counted before a suspension stay counted: backoffLimit 1, the first pod fails at 10s (failed 1), the
// Job is suspended at 12s and resumed at 40s; the new pod fails at 50s: failed 2 > 1, FailureTarget and Failed
// BackoffLimitExceeded at 51s (nothing left terminating). startTime is the resume time.
export default {
  id: 'interplay/backofflimit-survives-suspend',
  source: 'job_controller.go syncJob (jobCtx.failed = status.failed + new failures; exceedsBackoffLimit = failed > backoffLimit; suspend does not touch status.failed); reference §2.4 step 4, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip10}
spec:
  timeline:
    - { at: 12s, patch: { kind: Job, name: j, spec: { suspend: true } } }
    - { at: 40s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(h.podsOf('j').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [40, 'Failed']], 'pods');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 40],
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 51],
      ['Failed', 'True', 'BackoffLimitExceeded', 51],
    ], 'conditions');
    h.eq([job.status.failed, h.sec(job.status.startTime)], [2, 40], '[failed, startTime]');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]),
      [['SuccessfulCreate', 0], ['Suspended', 12], ['SuccessfulCreate', 40], ['Resumed', 40], ['BackoffLimitExceeded', 51]], 'Job events');
  },
};
