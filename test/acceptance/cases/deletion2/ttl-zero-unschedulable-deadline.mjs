// An unschedulable pod (100 cpu) and activeDeadlineSeconds 20, ttlSecondsAfterFinished 0: at 20s FailureTarget
// (DeadlineExceeded) and the Job controller deletes the pending pod (SuccessfulDelete; never bound: grace 0, deletionTimestamp
// 20s, phase stays Pending); Failed is written at 21s, when its batched sync finds no terminating pod, and the TTL deletes
// the Job in that second (21s), not at FailureTarget.
export default {
  id: 'deletion2/ttl-zero-unschedulable-deadline',
  source: 'job_controller.go syncJob (deadline: deleteActivePods, terminating += deleted, finished condition delayed), enqueueSyncJobBatched (1s); pod strategy CheckGracefulDelete (no nodeName: 0); ttlafterfinished_controller.go jobFinishTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: {name: p}
spec:
  activeDeadlineSeconds: 20
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "100"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('p');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 20, 'FailureTarget');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime), 21, 'Failed');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.status.failed], [21, 1], 'TTL 0 from Failed');
    const p = h.podsOf('p')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase, p.spec.nodeName], [20, 0, 'Pending', undefined], 'pending pod');
    h.eq(h.events({ name: 'p' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [20, 'SuccessfulDelete'], [21, 'DeadlineExceeded']], 'Job events');
  },
};
