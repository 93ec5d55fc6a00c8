// activeDeadlineSeconds 20, a 1h pod carrying example.com/hold: at 20s FailureTarget (DeadlineExceeded), the Job controller
// deletes the pod (grace 30) and it exits 143; a terminal pod is not terminating, so Failed is written at 21s although the
// pod is still in the API (held by its finalizer). ttlSecondsAfterFinished 5: foreground deletion at 26s, and the held pod
// (blockOwnerDeletion) keeps the Job with foregroundDeletion to the end.
export default {
  id: 'ttl2/deadline-killed-pod-with-finalizer-holds',
  source: 'job_controller.go (terminating = deletionTimestamp && not terminal), deleteJobPods; ttlafterfinished processJob (Foreground); garbagecollector.go processDeletingDependentsItem (blockingDependents)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
---
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  activeDeadlineSeconds: 20
  ttlSecondsAfterFinished: 5
  template:
    metadata: {finalizers: [example.com/hold], annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('d');
    h.eq([h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime)], [20, 21], 'FailureTarget 20s, Failed 21s');
    h.eq([j.status.failed, j.status.terminating], [1, 0], 'counted');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [26, 2, ['foregroundDeletion']], 'TTL deletion, held');
    const [p] = h.podsOf('d');
    h.eq([p.status.phase, h.exitCodeOf(p), p.metadata.finalizers], ['Failed', 143, ['example.com/hold']], 'pod killed, held (deletionTimestamp not checked: README Deletion difference)');
  },
};
