// Suspending a Job after it completed (11s) changes its spec (generation 2) but syncJob returns early for a finished
// Job: no Suspended condition, no Suspended event. The TTL (60s) still counts from Complete: deleted at 71s
// (foreground: generation 3).
export default {
  id: 'ttlgc/ttl-suspend-after-complete-no-effect',
  source: 'job_controller.go syncJob (IsJobFinished: return before any condition change); ttlafterfinished_controller.go needsCleanup/timeLeft',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 60
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.spec.suspend, true, 'patched');
    h.eq(h.anyCond(j, 'Suspended'), undefined, 'no Suspended condition');
    h.eq(h.events({ reason: 'Suspended' }).length, 0, 'no Suspended event');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [71, 3], 'TTL from Complete (11s)');
  },
};
