// Suspend/resume twice: the one Suspended condition is updated in place each time, one Suspended/Resumed event per
// transition, startTime reset at each resume, and the Job still completes with no failure counted.
export default {
  id: 'job/suspend-toggle',
  source: 'job_controller.go ensureJobConditionStatus (replaces the condition in place), syncJob suspend/resume events; reference §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ss2}
spec:
  timeline:
    - { at: 10s, patch: { kind: Job, name: tog, spec: { suspend: true } } }
    - { at: 20s, patch: { kind: Job, name: tog, spec: { suspend: false } } }
    - { at: 30s, patch: { kind: Job, name: tog, spec: { suspend: true } } }
    - { at: 40s, patch: { kind: Job, name: tog, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: tog
spec:
  template:
    metadata:
      annotations:
        jobsim/duration: "25s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('tog');
    const s = job.status.conditions.filter((c) => c.type === 'Suspended');
    h.eq(s.map((c) => [c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastProbeTime)]), [['False', 'JobResumed', 'Job resumed', 40, 40]], 'one Suspended condition');
    h.eq(h.sec(job.status.startTime), 40, 'startTime');
    const ev = h.events({ kind: 'Job', name: 'tog' }).filter((e) => e.reason === 'Suspended' || e.reason === 'Resumed').map((e) => [e.reason, h.sec(e.firstTimestamp)]);
    h.eq(ev, [['Suspended', 10], ['Resumed', 20], ['Suspended', 30], ['Resumed', 40]], 'suspend/resume events');
    h.eq(h.podsOf('tog').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 40], 'pod creation times');
    h.eq([job.status.succeeded, job.status.failed ?? 0, h.sec(job.status.completionTime)], [1, 0, 66], '[succeeded, failed, completionTime]');
  },
};
