// A suspension the Job controller never sees does nothing: the controller is down 5s-30s, the Job is suspended at
// 10s and resumed at 20s. Back at 30s it syncs a Job that is not suspended and has no Suspended condition: the pod
// keeps running (no deletion), startTime stays 0s, no Suspended/Resumed events; Complete at 61s (generation 3).
export default {
  id: 'mutations2/suspend-resume-during-controller-outage',
  source: 'job_controller.go syncJob (level-triggered: acts on the current spec; ensureJobConditionStatus(Suspended, False) adds nothing when the condition is absent; startTime only reset when the Suspended condition flips)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 25s}
  timeline:
  - {at: 10s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 20s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.metadata.generation, h.sec(j.status.startTime), h.sec(j.status.completionTime), j.status.succeeded], [3, 0, 61, 1], '[generation, startTime, completionTime, succeeded]');
    h.eq((j.status.conditions ?? []).map((c) => c.type), ['SuccessCriteriaMet', 'Complete'], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [61, 'Completed']], 'events');
    h.eq(h.podsOf('j').map((p) => [p.status.phase, p.metadata.deletionTimestamp ?? null]), [['Succeeded', null]], 'pod');
  },
};
