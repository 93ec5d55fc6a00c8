// backoffLimit 0, ttlSecondsAfterFinished 0: the pod fails at 10s, FailureTarget and Failed (BackoffLimitExceeded) at 11s,
// and the TTL controller deletes the Job in that same second (expireAt = Failed lastTransitionTime + 0). Its Failed pod is
// collected with grace 0; the only events after the creation are the Job controller's BackoffLimitExceeded: neither the
// TTL controller nor the garbage collector records one.
export default {
  id: 'deletion2/ttl-zero-failed-job',
  source: 'ttlafterfinished_controller.go jobFinishTime/timeLeft (Failed condition), processJob; pod strategy CheckGracefulDelete (terminal: 0); README known differences (TTL controller emits no event)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  backoffLimit: 0
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('f');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 11, 'Failed at 11s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation, j.metadata.finalizers], [11, 0, 2, undefined], 'deleted at once');
    const p = h.podsOf('f')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation], ['Failed', 11, 0, 2], 'pod');
    h.eq(r.events.filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.source.component, e.reason]), [[11, 'job-controller', 'BackoffLimitExceeded']], 'events after creation');
  },
};
