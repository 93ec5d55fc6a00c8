// activeDeadlineSeconds 60; the pod (ignoring SIGTERM, grace 60) is evicted at 30s: counted failed at 31s,
// replaced at 40s (back-off from the eviction) while it still runs. At the deadline (60s) the Job gets
// FailureTarget DeadlineExceeded and deletes the active replacement (grace 60, SIGKILL 137 at 120s). The evicted
// pod is SIGKILLed at 90s. Failed waits until no pod of the Job is terminating: 121s; failed 2.
export default {
  id: 'evict/ev13-deadline-while-evicted-pod-terminates',
  source: 'job_controller.go syncJob (pastActiveDeadline; FailureTarget then Failed once terminating == 0: enactJobFinished), isPodFailed; eviction.go addConditionAndDeletePod; backoff_utils.go getFinishTimeFromDeletionTimestamp',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 60
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 60
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([h.sec(p.metadata.deletionTimestamp), h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], [90, 137, 90], 'evicted pod');
    h.eq([h.sec(q.metadata.creationTimestamp), h.sec(q.metadata.deletionTimestamp), h.exitCodeOf(q), !!h.cond(q, 'DisruptionTarget')], [40, 120, 137, false], 'replacement killed by the deadline');
    const j = h.job('j');
    h.eq([h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime)], [60, 121], 'conditions');
    h.eq([j.status.failed, j.status.terminating ?? 0, j.status.active ?? 0], [2, 0, 0], 'counts');
  },
};
