// While suspended, a parallelism patch triggers an immediate sync, but ensureJobConditionStatus finds Suspended=True
// with the same reason and message: no update, no second Suspended event, the condition keeps its 10s times.
export default {
  id: 'jobevents/je24-suspended-spec-change-no-new-event',
  source: 'job_controller.go ensureJobConditionStatus (unchanged status/reason/message -> return list, false), syncJob ("if isUpdated { ... recorder.Event(Suspended) }")',
  args: ['--duration', '1m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sp2}
spec:
  parallelism: 1
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: sp2, spec: {suspend: true}}}
    - {at: 20s, patch: {kind: Job, name: sp2, spec: {parallelism: 3}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'sp2' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[0, 'SuccessfulCreate'], [10, 'SuccessfulDelete'], [10, 'Suspended']], 'job events');
    const j = h.job('sp2');
    h.eq([j.metadata.generation, j.spec.parallelism], [3, 3], '[generation, parallelism]');
    h.eq(j.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 10, 10]], 'conditions');
  },
};
