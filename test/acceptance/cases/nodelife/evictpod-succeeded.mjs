// The Eviction API on a Succeeded pod: no PDB check, DisruptionTarget EvictionByEvictionAPI added,
// then deleted at once (terminal phase: grace 0). The Job's counts do not change.
export default {
  id: 'nodelife/evictpod-succeeded',
  source: 'registry/core/pod/storage/eviction.go canIgnorePDB (Succeeded) -> addConditionAndDeletePod; strategy CheckGracefulDelete (terminal -> 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: e }
spec:
  duration: 5m
  faults:
  - { at: 1m, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.metadata.name, 'j-bn7wn', 'name (seed 1)');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq(h.sec(dt.lastTransitionTime), 60, 'condition time');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds ?? 0], ['Succeeded', 60, 0], 'deleted at once');
    const job = h.job('j');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [1, 0], 'counts');
    h.eq(h.podsOf('j').length, 1, 'no new pod');
  },
};
