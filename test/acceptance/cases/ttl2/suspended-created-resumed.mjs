// A Job created suspended with ttlSecondsAfterFinished 5: Suspended is no finish condition, so nothing happens while it
// waits. Resumed at 60s (Suspended=False JobResumed, pod created), Complete at 71s; deleted at 76s with its pod.
export default {
  id: 'ttl2/suspended-created-resumed',
  source: 'ttlafterfinished_controller.go needsCleanup -> jobutil.IsJobFinished (Complete/Failed only), jobFinishTime; job_controller.go suspend/resume',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 60s, patch: {kind: Job, name: s, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('s');
    const sus = h.anyCond(j, 'Suspended');
    h.eq([sus.status, sus.reason, h.sec(sus.lastTransitionTime)], ['False', 'JobResumed', 60], 'resumed at 60s');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 71, 'Complete at 71s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [76, 3], 'deleted at 71 + 5');
    h.eq(h.podsOf('s').map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[60, 76]], 'one pod, created at the resume');
  },
};
