// The pod-failure back-off survives a suspension: the first pod fails at 10s (delay 10s), the Job is suspended at
// 12s and resumed at 15s. The resume resets startTime and writes Resumed, but the replacement waits for the back-off
// from the failure's finish time: created at 20s, not 15s. The Job completes with failed 1.
export default {
  id: 'interplay/suspend-during-pod-backoff',
  source: 'job_controller.go manageJob (remainingTime from jobCtx.newBackoffRecord; the in-memory podBackoffStore is not reset by suspend), syncJob resume branch; backoff_utils.go getRemainingTime; reference §3.2-3.3, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip2}
spec:
  timeline:
    - { at: 12s, patch: { kind: Job, name: j, spec: { suspend: true } } }
    - { at: 15s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [20, 'Succeeded']], 'pods');
    const job = h.job('j');
    h.eq(h.sec(job.status.startTime), 15, 'startTime reset at the resume');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1, 1, 31], '[succeeded, failed, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]),
      [['SuccessfulCreate', 0], ['Suspended', 12], ['Resumed', 15], ['SuccessfulCreate', 20], ['Completed', 31]], 'Job events');
  },
};
