// A Job created suspended never starts its deadline: activeDeadlineSeconds 30, resumed at 100s: startTime 100s,
// the 60s pod is killed by the deadline at 130s (counted failed), Failed at 131s.
export default {
  id: 'interplay/created-suspended-ads-from-resume',
  source: 'job_controller.go syncJob (StartTime set only when not suspended; resume resets it), pastActiveDeadline; reference §8, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip16}
spec:
  timeline:
    - { at: 100s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  suspend: true
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: "60s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(h.sec(job.status.startTime), 100, 'startTime');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 100],
      ['FailureTarget', 'True', 'DeadlineExceeded', 130],
      ['Failed', 'True', 'DeadlineExceeded', 131],
    ], 'conditions');
    const [p] = h.podsOf('j');
    h.eq([h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp), h.exitCodeOf(p)], [100, 160, 143], 'pod [created, deletionTimestamp, exit]');
    h.eq(job.status.failed, 1, 'failed');
  },
};
