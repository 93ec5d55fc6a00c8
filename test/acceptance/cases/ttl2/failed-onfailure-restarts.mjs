// restartPolicy OnFailure, backoffLimit 1, the container always exits 1: it exits at 10s and is restarted at once
// (restartCount 1 >= backoffLimit), so the 11s sync sets FailureTarget (BackoffLimitExceeded) and deletes the pod (its
// second container exits 143 at 11s); Failed at 12s once nothing is terminating. ttlSecondsAfterFinished 20 counts from
// Failed: deleted at 32s (not 31s from FailureTarget).
export default {
  id: 'ttl2/failed-onfailure-restarts',
  source: 'ttlafterfinished_controller.go jobFinishTime (Failed only; FailureTarget is no finish), timeLeft; job_controller.go pastBackoffLimitOnFailure, delayed terminal condition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
---
apiVersion: batch/v1
kind: Job
metadata: {name: of}
spec:
  backoffLimit: 1
  ttlSecondsAfterFinished: 20
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const j = h.job('of');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded').lastTransitionTime), 11, 'FailureTarget 11s');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 12, 'Failed 12s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [32, 2], 'deleted at Failed + 20');
  },
};
