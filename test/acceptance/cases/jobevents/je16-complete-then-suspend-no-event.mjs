// A finished Job is never synced again ("if job was finished previously"): suspending it at 20s records no Suspended
// event and adds no Suspended condition; the Completed event stays the last one.
export default {
  id: 'jobevents/je16-complete-then-suspend-no-event',
  source: 'job_controller.go syncJob (util.IsJobFinished(&job) -> return before any condition or event)',
  args: ['--duration', '40s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: cs}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 20s, patch: {kind: Job, name: cs, spec: {suspend: true}}}
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Job', name: 'cs' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [11, 'Completed']], 'job events');
    const j = h.job('cs');
    h.eq([j.spec.suspend, j.status.conditions.map((c) => c.type), h.sec(j.status.completionTime)], [true, ['SuccessCriteriaMet', 'Complete'], 11], '[suspend, conditions, completionTime]');
  },
};
