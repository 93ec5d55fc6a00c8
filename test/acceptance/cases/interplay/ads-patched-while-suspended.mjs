// activeDeadlineSeconds raised 30 -> 100 while the Job is suspended (10s-50s): nothing fires during the suspension,
// the resume at 50s resets startTime, and the new deadline counts from there: FailureTarget at 150s, Failed at 151s.
// Only the pod killed by the deadline is a failure.
export default {
  id: 'interplay/ads-patched-while-suspended',
  source: 'job_controller.go updateJob (ADS change re-queues after total - passed), pastActiveDeadline (false while suspended), syncJob resume (StartTime = now); reference §8, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip20}
spec:
  timeline:
    - { at: 10s, patch: { kind: Job, name: j, spec: { suspend: true } } }
    - { at: 20s, patch: { kind: Job, name: j, spec: { activeDeadlineSeconds: 100 } } }
    - { at: 50s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: "200s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 50],
      ['FailureTarget', 'True', 'DeadlineExceeded', 150],
      ['Failed', 'True', 'DeadlineExceeded', 151],
    ], 'conditions');
    h.eq([h.sec(job.status.startTime), job.status.failed], [50, 1], '[startTime, failed]');
    h.eq(h.podsOf('j').map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[0, 40], [50, 180]], 'pods');
  },
};
