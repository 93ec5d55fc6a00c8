// Two patches at the same instant apply in document order before the Job controller syncs:
// suspend then resume at 0s leaves a Job that never looked suspended (no Suspended condition, no
// event), with two generations; a later same-instant pair at 30s (resume listed first, then
// suspend) leaves it suspended.
export default {
  id: 'timeline/same-instant-suspend-resume',
  source: 'CONTRACT.md §2 timeline; README Time and randomness (scenario input first at an instant, events of one lane in the order scheduled); job_controller.go ensureJobConditionStatus (a False condition is not added when absent); registry job strategy PrepareForUpdate (generation +1 per spec change)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: same}
spec:
  duration: 2m
  timeline:
  - {at: 0s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 0s, patch: {kind: Job, name: j, spec: {suspend: false}}}
  - {at: 30s, patch: {kind: Job, name: j, spec: {suspend: false}}}
  - {at: 30s, patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 10m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    const s = h.anyCond(j, 'Suspended');
    h.eq([s?.status, s?.reason, h.sec(s?.lastTransitionTime)], ['True', 'JobSuspended', 30], 'suspended at 30s');
    h.eq(h.events({ reason: 'Suspended', name: 'j' }).map((e) => h.sec(e.firstTimestamp)), [30], 'one Suspended event');
    h.eq(h.events({ reason: 'Resumed', name: 'j' }).length, 0, 'no Resumed event');
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'one pod');
    h.eq(h.sec(pods[0].metadata.creationTimestamp), 0, 'created at 0s');
    h.eq(h.sec(j.status.startTime), 0, 'startTime kept while suspended');
  },
};
