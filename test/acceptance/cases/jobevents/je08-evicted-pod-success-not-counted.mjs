// An evicted pod (deletionTimestamp, still Running) is considered failed by the default TerminatingOrFailed policy:
// counted failed and its finalizer removed in the next sync; its replacement waits the 10s pod backoff from the
// deletion time (5s) -> 15s; the evicted pod's own later success (15s, SIGTERM ignored) is never counted.
export default {
  id: 'jobevents/je08-evicted-pod-success-not-counted',
  source: 'job_controller.go isPodFailed ("DeletionTimestamp != nil && Phase != PodSucceeded" unless onlyReplaceFailedPods), canRemoveFinalizer, backoff_utils.go getFinishedTime (deletionTimestamp - grace), manageJob getRemainingTime',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: e}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "15s", jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  faults:
    - {at: 5s, evictPod: default/e-bn7wn}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'e' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[0, 'SuccessfulCreate'], [15, 'SuccessfulCreate'], [31, 'Completed']], 'job events');
    const pods = h.podsOf('e');
    h.eq(pods.map((p) => [p.metadata.name, p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [['e-bn7wn', 'Succeeded', 35], [pods[1].metadata.name, 'Succeeded', undefined]], 'pods');
    const s = h.job('e').status;
    h.eq([s.succeeded, s.failed, h.sec(s.completionTime)], [1, 1, 31], '[succeeded, failed, completionTime]');
  },
};
