// activeDeadlineSeconds 20 with a 1h pod: FailureTarget at 20s, the pod is deleted (SIGTERM, exits 143 at once), Failed
// at 21s once no pod is terminating. The TTL counts from the Failed condition (21 + 10 = 31s), not FailureTarget.
// At 31s the pod is already gone, so the foreground delete has no dependent to wait for; upstream's markAsDeleting still
// writes deletionGracePeriodSeconds 0 and bumps generation (1 -> 2) before the garbage collector drops the finalizer.
export default {
  id: 'deletion/ttl-from-failed-not-failuretarget',
  source: 'ttlafterfinished_controller.go jobFinishTime (first Complete/Failed True condition; FailureTarget is not one); job_controller.go enactJobFinished (Failed once terminating == 0); registry/generic/registry/store.go updateForGracefulDeletionAndFinalizers/markAsDeleting',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ads}
spec:
  activeDeadlineSeconds: 20
  ttlSecondsAfterFinished: 10
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('ads');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 20, 'FailureTarget at 20s');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime), 21, 'Failed at 21s');
    h.eq(h.sec(j.metadata.deletionTimestamp), 31, 'TTL from Failed: 31s');
    h.eq(j.metadata.finalizers, undefined, 'no finalizer left');
    h.eq(j.metadata.generation, 2, 'foreground deletion bumps generation');
    h.eq(j.metadata.deletionGracePeriodSeconds, 0, 'markAsDeleting: deletionGracePeriodSeconds 0');
    const p = h.podsOf('ads')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Failed', 50, 30], 'pod deleted by the Job controller at 20s with grace 30');
  },
};
