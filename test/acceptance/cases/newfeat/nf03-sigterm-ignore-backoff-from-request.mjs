// No podFailurePolicy: a deleted pod counts as failed while it terminates (isPodFailed), and its finish time for
// the back-off is getFinishTimeFromDeletionTimestamp: deletionTimestamp minus deletionGracePeriodSeconds, i.e.
// the eviction itself (30s; its container still runs and is Ready). The replacement comes 10s later (40s), long
// before the ignored SIGTERM ends in a SIGKILL (137 at 60s).
export default {
  id: 'newfeat/nf03-sigterm-ignore-backoff-from-request',
  source: 'job_controller.go isPodFailed (deletionTimestamp counts), getFinishedTime / getFinishTimeFromDeletionTimestamp, backoffRecord; kuberuntime_container.go killContainer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 30s, evictPod: default/r-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [first, second] = h.podsOf('r');
    const t = first.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt), h.sec(first.metadata.deletionTimestamp)], [137, 60, 60], 'SIGKILL at the end of the grace period');
    h.eq(h.sec(second.metadata.creationTimestamp), 40, 'replacement 10s after the eviction request');
    const j = h.job('r');
    h.eq([j.status.failed, j.status.succeeded], [1, 1], 'counters');
    h.eq(h.sec(h.cond(j, 'Complete').lastTransitionTime), 341, 'Complete');
  },
};
